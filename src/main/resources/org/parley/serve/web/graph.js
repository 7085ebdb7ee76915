// The graph view: the actor network aggregated and capped by the server (/api/network), drawn with Cytoscape.js;
// a click shows the statements behind a node or a link (/api/statements) with their evidence sentences.
"use strict";

(() => {
  const KIND_COLOURS = {
    "demanded-of": "#cf222e", "offered-to": "#1a7f37", "rejected": "#6e40c9",
    "names-region": "#bc4c00", "names-organization": "#0969da"
  };
  const TYPE_COLOURS = { Person: "#ffd8b5", Organization: "#b6e3ff", Country: "#d1f0d1", Region: "#ffe7a3", City: "#e8d8ff" };
  const filters = document.getElementById("filters");
  const details = document.getElementById("details");
  const capEl = document.getElementById("cap");
  const el = Parley.el;
  let current = new URLSearchParams();

  const cy = cytoscape({
    container: document.getElementById("cy"),
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
          "label": "data(label)", "font-size": 10, "text-wrap": "wrap", "text-max-width": 110,
          "text-valign": "bottom", "text-margin-y": 3, "color": "#1f2328",
          "background-color": n => TYPE_COLOURS[n.data("type")] || "#ddd",
          "border-width": 1, "border-color": "#57606a",
          "width": "data(size)", "height": "data(size)" } },
      { selector: "edge", style: {
          "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.8,
          "line-color": e => KIND_COLOURS[e.data("kind")], "target-arrow-color": e => KIND_COLOURS[e.data("kind")],
          "width": "data(width)", "opacity": 0.75 } },
      { selector: ":selected", style: { "border-width": 3, "border-color": "#8250df", "opacity": 1, "z-index": 10 } },
      { selector: ".faded", style: { "opacity": 0.15 } }
    ]
  });

  function params() {
    const p = new URLSearchParams();
    const data = new FormData(filters);
    const kinds = data.getAll("kind");
    if (kinds.length < Object.keys(KIND_COLOURS).length) p.set("kind", kinds.join(","));
    for (const name of ["since", "until", "around"]) {
      if (data.get(name)) p.set(name, data.get(name));
    }
    if (p.has("around")) p.set("depth", data.get("depth"));
    return p;
  }

  async function load() {
    current = params();
    capEl.textContent = "loading… (the server aggregates a network once per choice of dates and kinds; "
      + "on a large store the first time takes a while, then it comes from memory)";
    capEl.className = "cap";
    let net;
    try {
      net = await Parley.getJson("/api/network?" + current);
    } catch (e) {
      capEl.textContent = String(e.message || e);
      capEl.className = "cap error";
      return;
    }
    const maxStatements = Math.max(1, ...net.nodes.map(n => n.data.statements));
    const maxWeight = Math.max(1, ...net.edges.map(e => e.data.weight));
    for (const n of net.nodes) n.data.size = 16 + 54 * Math.sqrt(n.data.statements / maxStatements);
    for (const e of net.edges) e.data.width = 1 + 7 * (e.data.weight / maxWeight);
    cy.elements().remove();
    cy.add(net.nodes);
    cy.add(net.edges);
    cy.layout({ name: "cose", animate: false, randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 90,
                numIter: 1500, padding: 20 }).run();
    capEl.textContent = capText(net);
    const names = document.getElementById("names");
    names.replaceChildren(...net.nodes.map(n => el("option", { value: n.data.label })));
  }

  function capText(net) {
    const shown = `Showing ${net.nodes.length} of ${net.nodesTotal} actors and places`
      + ` and ${net.edges.length} of ${net.edgesTotal} links.`;
    const capped = net.nodes.length < net.nodesTotal || net.edges.length < net.edgesTotal;
    return capped ? shown + ` The view keeps the ${net.maxNodes} with most statements and the heaviest links between them;`
      + " narrow it by date, kind or 'around' to see the others." : shown;
  }

  function facts(rows) {
    const dl = el("dl", { class: "facts" });
    for (const [k, v] of rows) {
      if (v !== null && v !== undefined && v !== "") dl.append(el("dt", {}, k), el("dd", {}, v));
    }
    return dl;
  }

  async function statements(url, into) {
    into.replaceChildren(el("p", { class: "muted" }, "loading statements…"));
    try {
      const json = await Parley.getJson(url);
      const rows = json.results.bindings;
      into.replaceChildren(el("h3", {}, rows.length + (rows.length === 1 ? " statement" : " statements")));
      for (const b of rows) into.append(Parley.statementCard(b));
    } catch (e) {
      into.replaceChildren(el("p", { class: "error" }, String(e.message || e)));
    }
  }

  function showNode(node) {
    const d = node.data();
    const qid = Parley.qid(d.wikidata);
    const list = el("div");
    details.replaceChildren(
      el("h2", {}, d.label),
      facts([["type", d.type], ["Wikidata", qid ? Parley.wikidataLink(qid) : "not linked"],
             ["made", String(d.made)], ["received", String(d.received)], ["named in", String(d.named)],
             ["page", el("a", { href: Parley.entityHref(d.id) }, "everything said by and about it")]]),
      list);
    statements("/api/statements?entity=" + encodeURIComponent(d.id), list);
  }

  function showEdge(edge) {
    const d = edge.data();
    const list = el("div");
    const source = cy.getElementById(d.source).data("label");
    const target = cy.getElementById(d.target).data("label");
    details.replaceChildren(
      el("h2", {}, source + " ", el("span", { class: "kind " + d.kind }, d.kind), " " + target),
      facts([["statements", String(d.weight)], ["first", d.firstDate ? Parley.dateElement(d.firstDate) : ""],
             ["last", d.lastDate ? Parley.dateElement(d.lastDate) : ""]]),
      list);
    const p = new URLSearchParams({ source: d.source, target: d.target, kind: d.kind });
    for (const name of ["since", "until"]) if (current.get(name)) p.set(name, current.get(name));
    statements("/api/statements?" + p, list);
  }

  window.parleyGraph = cy;  // for the browser console and the browser test
  cy.on("tap", "node", e => showNode(e.target));
  cy.on("tap", "edge", e => showEdge(e.target));

  document.getElementById("search").addEventListener("submit", e => {
    e.preventDefault();
    const name = document.getElementById("search-name").value.trim().toLowerCase();
    const found = cy.nodes().filter(n => n.data("label").toLowerCase() === name)
      .union(cy.nodes().filter(n => n.data("label").toLowerCase().includes(name))).first();
    if (found.nonempty()) {
      cy.elements().unselect();
      found.select();
      cy.animate({ center: { eles: found }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
      showNode(found);
    } else {
      // Not among the nodes drawn: show the network around it instead.
      filters.elements.around.value = document.getElementById("search-name").value.trim();
      load();
    }
  });
  filters.addEventListener("submit", e => {
    e.preventDefault();
    load();
  });
  document.getElementById("reset").addEventListener("click", () => {
    filters.reset();
    load();
  });

  const start = new URLSearchParams(location.search);
  if (start.get("around")) filters.elements.around.value = start.get("around");
  load();
})();
