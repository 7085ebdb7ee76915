// The query page: named queries that run on a click, results as a paged table, downloads as CSV and JSON.
"use strict";

(() => {
  const endpoint = new URL("/parley/sparql", location.href).toString();
  const editor = document.getElementById("query");
  const statusEl = document.getElementById("status");
  const results = document.getElementById("results");
  const about = document.getElementById("about");
  const csvButton = document.getElementById("csv");
  const jsonButton = document.getElementById("json");
  let last = null;  // { query, json text, name }

  document.getElementById("endpoint").textContent = endpoint;

  function setStatus(text, isError) {
    statusEl.textContent = text;
    statusEl.className = isError ? "error" : "muted";
  }

  async function post(query, accept) {
    return fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", Accept: accept },
      body: query
    });
  }

  async function run(name) {
    const query = editor.value;
    const started = performance.now();
    setStatus("running…", false);
    csvButton.disabled = jsonButton.disabled = true;
    try {
      const resp = await post(query, "application/sparql-results+json, text/turtle;q=0.9");
      const text = await resp.text();
      if (!resp.ok) {
        results.replaceChildren();
        setStatus(resp.status + " " + resp.statusText + ": " + text.trim(), true);
        return;
      }
      const ms = Math.round(performance.now() - started);
      if ((resp.headers.get("Content-Type") || "").includes("json")) {
        const table = Parley.resultsTable(JSON.parse(text));
        results.replaceChildren(table);
        setStatus(`${table.dataset.rows} rows in ${ms} ms`, false);
        last = { query, text, name: name || "results" };
        csvButton.disabled = jsonButton.disabled = false;
      } else {
        results.replaceChildren(Parley.el("pre", {}, text));
        setStatus(`a graph in ${ms} ms`, false);
        last = null;
      }
    } catch (e) {
      setStatus("request failed: " + e, true);
    }
  }

  csvButton.addEventListener("click", async () => {
    const resp = await post(last.query, "text/csv");
    if (resp.ok) Parley.download(await resp.text(), last.name + ".csv", "text/csv");
    else setStatus("CSV download failed: " + resp.status, true);
  });
  jsonButton.addEventListener("click", () => Parley.download(last.text, last.name + ".json", "application/sparql-results+json"));

  async function loadQueries() {
    const list = document.getElementById("queries");
    try {
      const queries = await Parley.getJson("/queries");
      list.replaceChildren();
      if (queries.length === 0) list.append(Parley.el("li", {}, "none installed"));
      for (const q of queries) {
        const button = Parley.el("button", { type: "button", title: q.name + ".rq", "data-query": q.name }, q.title);
        const li = Parley.el("li", {}, button);
        if (q.description) li.append(Parley.el("p", {}, q.description));
        button.addEventListener("click", () => {
          for (const other of list.children) other.classList.remove("current");
          li.classList.add("current");
          editor.value = q.text;
          about.textContent = q.title + " (queries/" + q.name + ".rq)";
          run(q.name);
        });
        list.append(li);
      }
    } catch (e) {
      list.replaceChildren(Parley.el("li", { class: "error" }, "cannot load the query library: " + e));
    }
  }

  document.getElementById("run").addEventListener("click", () => run());
  editor.addEventListener("keydown", e => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    }
  });
  loadQueries();
})();
