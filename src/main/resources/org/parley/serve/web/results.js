// Parley pages: SPARQL JSON results as readable, paged tables; IRIs, dates and Wikidata ids made readable.
"use strict";

const Parley = (() => {
  const XSD = "http://www.w3.org/2001/XMLSchema#";
  const WIKIDATA = "http://www.wikidata.org/entity/";
  const PREFIXES = [
    ["parley", "https://w3id.org/parley/ontology#"], ["pid", "https://w3id.org/parley/id/"], ["wd", WIKIDATA],
    ["rdfs", "http://www.w3.org/2000/01/rdf-schema#"], ["rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
    ["xsd", XSD], ["schema", "http://schema.org/"], ["skos", "http://www.w3.org/2004/02/skos/core#"],
    ["nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"], ["prov", "http://www.w3.org/ns/prov#"],
    ["owl", "http://www.w3.org/2002/07/owl#"]];
  const NUMBERS = ["integer", "decimal", "double", "float", "long", "int", "nonNegativeInteger"].map(t => XSD + t);
  const LONG_TEXT = 60;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== undefined && v !== null) e.setAttribute(k, v);
    }
    for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
    return e;
  }

  function compact(iri) {
    for (const [p, ns] of PREFIXES) {
      if (iri.startsWith(ns) && iri.length > ns.length) return p + ":" + iri.substring(ns.length);
    }
    return iri;
  }

  /** The Wikidata id (Q212) of a Wikidata item IRI or of a bare id, else null. */
  function qid(value) {
    const m = /^(?:http:\/\/www\.wikidata\.org\/entity\/)?(Q[1-9][0-9]*)$/.exec(value || "");
    return m ? m[1] : null;
  }

  function wikidataLink(id) {
    return el("a", { href: "https://www.wikidata.org/wiki/" + id, target: "_blank", rel: "noopener", title: "Wikidata " + id }, id);
  }

  /** Our page for an entity: /entity/Q212 for a Wikidata-linked Parley entity, else /entity/?key=IRI. */
  function entityHref(iri) {
    const linked = /\/entity\/(Q[1-9][0-9]*)$/.exec(iri);
    return linked ? "/entity/" + linked[1] : "/entity/?key=" + encodeURIComponent(iri);
  }

  function isParleyEntity(iri) {
    return /\/entity\/(Q[1-9][0-9]*|(person|organization|country|region|city)\/[^/]+)$/.test(iri);
  }

  /** "19 May 2025" for 2025-05-19 (in a <time> element that keeps the ISO date). */
  function dateElement(iso) {
    const d = new Date(iso.substring(0, 10) + "T00:00:00Z");
    if (isNaN(d)) return document.createTextNode(iso);
    const text = d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    return el("time", { datetime: iso }, iso.length > 10 ? text + " " + iso.substring(11, 16) : text);
  }

  /** One result cell: a DOM node, and whether it holds long text or a number. */
  function cell(term, variable) {
    if (!term) return { node: document.createTextNode("") };
    if (term.type === "uri") {
      const id = qid(term.value);
      if (id) return { node: wikidataLink(id) };
      if (isParleyEntity(term.value)) return { node: el("a", { href: entityHref(term.value), title: term.value }, compact(term.value)) };
      return { node: el("span", { title: term.value }, compact(term.value)) };
    }
    if (term.type === "bnode") return { node: document.createTextNode("_:" + term.value) };
    const dt = term.datatype || "";
    if (dt === XSD + "date" || dt === XSD + "dateTime") return { node: dateElement(term.value) };
    if (NUMBERS.includes(dt)) return { node: document.createTextNode(term.value), num: true };
    if (variable === "wikidata" && qid(term.value)) return { node: wikidataLink(term.value) };
    if (variable === "kind" || variable === "linkKind") return { node: el("span", { class: "kind " + term.value }, term.value) };
    return { node: document.createTextNode(term.value), long: term.value.length > LONG_TEXT };
  }

  /**
   * A paged table of SPARQL JSON results (or a yes/no for ASK). columns: the variables to show (default all);
   * headers: a heading for some of them (default the variable's name).
   * Returns the element; the number of rows is in its dataset.rows.
   */
  function resultsTable(json, options) {
    const opts = Object.assign({ pageSize: 50, columns: null, headers: {} }, options);
    const wrap = el("div", { class: "results" });
    if (typeof json.boolean === "boolean") {
      wrap.append(el("p", {}, json.boolean ? "yes" : "no"));
      wrap.dataset.rows = "1";
      return wrap;
    }
    const vars = opts.columns || json.head.vars;
    const rows = json.results.bindings;
    wrap.dataset.rows = String(rows.length);
    const pager = el("div", { class: "pager" });
    const holder = el("div", { class: "results-wrap" });
    wrap.append(pager, holder);
    let page = 0;
    const pages = Math.max(1, Math.ceil(rows.length / opts.pageSize));
    function render() {
      const table = el("table", { class: "results" });
      const head = table.createTHead().insertRow();
      for (const v of vars) head.append(el("th", { scope: "col" }, opts.headers[v] || v));
      const body = table.createTBody();
      for (const b of rows.slice(page * opts.pageSize, (page + 1) * opts.pageSize)) {
        const tr = body.insertRow();
        for (const v of vars) {
          const c = cell(b[v], v);
          const td = tr.insertCell();
          if (c.long) td.className = "long";
          if (c.num) td.className = "num";
          td.append(c.node);
        }
      }
      holder.replaceChildren(table);
      const first = rows.length === 0 ? 0 : page * opts.pageSize + 1;
      const last = Math.min(rows.length, (page + 1) * opts.pageSize);
      const prev = el("button", { type: "button" }, "‹ Previous");
      const next = el("button", { type: "button" }, "Next ›");
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
      prev.addEventListener("click", () => { page--; render(); });
      next.addEventListener("click", () => { page++; render(); });
      pager.replaceChildren(prev, el("span", { class: "muted" }, `rows ${first}–${last} of ${rows.length}`), next);
      pager.hidden = rows.length <= opts.pageSize;
    }
    render();
    return wrap;
  }

  /** Offers text as a file download. */
  function download(text, fileName, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el("a", { href: url, download: fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function getJson(url) {
    const resp = await fetch(url, { headers: { Accept: "application/json, application/sparql-results+json" } });
    const text = await resp.text();
    if (!resp.ok) throw new Error(resp.status + " " + text.trim());
    return JSON.parse(text);
  }

  /** A statement as a card: kind, who to whom, date, content, the evidence sentence, the article. */
  function statementCard(b) {
    const v = k => (b[k] ? b[k].value : "");
    const card = el("div", { class: "statement" });
    const kind = v("kind");
    const head = el("div", { class: "meta" }, el("span", { class: "kind " + kind }, kind), " ");
    if (v("role")) head.append("(" + v("role") + ") ");
    head.append(v("byLabel") || "someone", " → ", v("toLabel") || "—", " · ");
    head.append(b.date ? dateElement(v("date")) : "undated");
    card.append(head);
    if (v("content")) card.append(el("div", {}, v("content")));
    if (v("evidence")) card.append(el("blockquote", { class: "evidence" }, v("evidence")));
    card.append(el("div", { class: "meta" }, "article: " + v("doc")));
    return card;
  }

  return { el, compact, qid, wikidataLink, entityHref, dateElement, resultsTable, download, getJson, statementCard };
})();
