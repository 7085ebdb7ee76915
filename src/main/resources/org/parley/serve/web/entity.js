// An entity page: /entity/Q7747, /entity/?key=NAME-OR-IRI. Who it is, and everything said by and about it.
"use strict";

(async () => {
  const el = Parley.el;
  const head = document.getElementById("entity");
  const COLUMNS = ["date", "kind", "role", "byLabel", "toLabel", "content", "evidence", "doc"];
  const HEADERS = { byLabel: "by", toLabel: "to", doc: "article" };
  const fromPath = decodeURIComponent(location.pathname.replace(/^\/entity\/?/, ""));
  const key = fromPath || new URLSearchParams(location.search).get("key") || "";

  function section(id, rows, json) {
    const into = document.getElementById(id);
    if (rows.length === 0) {
      into.replaceChildren(el("p", { class: "muted" }, "none"));
      return;
    }
    into.replaceChildren(Parley.resultsTable({ head: json.head, results: { bindings: rows } }, { columns: COLUMNS, headers: HEADERS, pageSize: 25 }));
  }

  if (!key) {
    head.replaceChildren(el("p", {}, "Give a name, a Wikidata id (Q212) or an IRI in the search box."));
    return;
  }
  try {
    const found = (await Parley.getJson("/api/entity?key=" + encodeURIComponent(key))).results.bindings;
    if (found.length === 0) {
      head.replaceChildren(el("h1", {}, key), el("p", {}, "No entity in this store has that name, Wikidata id or IRI."));
      return;
    }
    if (found.length > 1) {
      head.replaceChildren(el("h1", {}, key), el("p", {}, "This names several entities:"),
        el("ul", {}, ...found.map(f => el("li", {}, el("a", { href: Parley.entityHref(f.entity.value) },
          f.label ? f.label.value : f.entity.value), " (" + (f.type ? f.type.value : "?") + ")"))));
      return;
    }
    const f = found[0];
    const iri = f.entity.value;
    const label = f.label ? f.label.value : iri;
    const qid = f.wikidata ? Parley.qid(f.wikidata.value) : null;
    document.title = "Parley: " + label;
    head.replaceChildren(el("h1", {}, label),
      el("p", {}, (f.type ? f.type.value : "") + " · ", qid ? Parley.wikidataLink(qid) : "not linked to Wikidata",
        " · ", el("a", { href: "/graph?around=" + encodeURIComponent(iri) }, "show in the graph"),
        " · ", el("code", {}, iri)));
    const json = await Parley.getJson("/api/statements?entity=" + encodeURIComponent(iri));
    const rows = json.results.bindings;
    section("made", rows.filter(b => b.role.value === "by"), json);
    section("about", rows.filter(b => b.role.value !== "by"), json);
  } catch (e) {
    head.replaceChildren(el("p", { class: "error" }, String(e.message || e)));
  }
})();
