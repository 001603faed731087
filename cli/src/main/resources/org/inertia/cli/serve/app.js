// Inertia's classroom page. Every figure, sentence and chart comes from the server (the same code
// as the command line); this script only sends the controls and shows the answer. Text from
// scenarios is only ever set as textContent, never parsed as HTML.
"use strict";

(function () {
  const DEBOUNCE_MS = 150;
  // The person's controls, and each phase's (sent as vK.pN.<name>, with vK.phases listing the phases).
  const CONTROLS = ["age", "condition"];
  const PHASE_CONTROLS = ["days", "mobility", "activity", "minutes", "sessions-per-week", "intensity"];
  const ADDED_PHASE = { from: "new", days: "14", mobility: "normal", activity: "none", minutes: "30",
    "sessions-per-week": "7", intensity: "moderate" };
  const $ = (id) => document.getElementById(id);

  const state = {
    source: null,        // {example: id} or {yaml: text, file: name}
    variants: [],        // per variant: {age, condition, phases: [{from, days, mobility, ...}]}
    phaseNames: [],      // per variant: its phases' names in the last answer
    measure: "strength.overall",
    uncertainty: false,  // bands from the calibration's uncertainty
    fixedScale: false,   // one value axis for every variant and example
    presenting: false,   // the presenter view: the chart alone, stepping through the variants
    shown: 1,            // in the presenter view, variants 1..shown are on the chart
    observed: null,      // measured points (CSV text) drawn over the chart
    recovered: "",       // recovery thresholds, such as "95,100"
    maxVariants: 3,
    maxPhases: 8,
    vocabulary: {},
    lastInputAt: 0,
    timer: 0,
    inFlight: null,
    sequence: 0,
    updates: 0,
    chartUrl: null,
  };

  function option(select, value, label) {
    const o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
  }

  // ---- the switch between muscle, fitness and bone ------------------------------------------------

  // The measures of one family in the select; the measure shown stays if it belongs to it, else the
  // family's first (overall strength for muscle).
  function showFamily(family) {
    const v = state.vocabulary;
    const entries = {};
    for (const [key, label] of Object.entries(v.measure)) {
      if (v.family[key] === family) {
        entries[key] = label;
      }
    }
    fillSelect($("measure"), entries, false);
    if (!(state.measure in entries)) {
      state.measure = family === "muscle" && "strength.overall" in entries ? "strength.overall" : Object.keys(entries)[0];
    }
    $("measure").value = state.measure;
    const box = $("family");
    box.textContent = "";
    for (const [key, label] of Object.entries(v.families)) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.setAttribute("aria-pressed", String(key === family));
      b.addEventListener("click", () => {
        if (key !== family) {
          showFamily(key);
          schedule();
        }
      });
      box.appendChild(b);
    }
  }

  function fillSelect(select, entries, describe) {
    select.textContent = "";
    for (const [value, label] of Object.entries(entries)) {
      option(select, value, describe ? value.replace(/-/g, " ") : label);
    }
  }

  // ---- talking to the server ------------------------------------------------------------------

  function form(extra) {
    const p = new URLSearchParams();
    if (state.source.example !== undefined) {
      p.set("example", state.source.example);
    } else {
      p.set("yaml", state.source.yaml);
      p.set("file", state.source.file);
    }
    p.set("variants", String(state.variants.length));
    p.set("measure", state.measure);
    if (state.uncertainty) {
      p.set("uncertainty", "1");
    }
    if (state.fixedScale) {
      p.set("scale", "fixed");
    }
    if (state.observed) {
      p.set("observed", state.observed);
    }
    if (state.recovered.trim()) {
      p.set("recovered", state.recovered.trim());
    }
    if (state.presenting && state.shown < state.variants.length) {
      p.set("shown", String(state.shown));
    }
    state.variants.forEach((controls, i) => {
      const prefix = "v" + (i + 1) + ".";
      if (controls.name && controls.name.trim()) {
        p.set(prefix + "name", controls.name);
      }
      for (const name of CONTROLS) {
        if (controls[name] !== undefined) {
          p.set(prefix + name, controls[name]);
        }
      }
      if (controls.phases) {
        p.set(prefix + "phases", controls.phases.map((phase) => phase.from).join(","));
        controls.phases.forEach((phase, j) => {
          for (const name of PHASE_CONTROLS) {
            if (phase[name] !== undefined) {
              p.set(prefix + "p" + (j + 1) + "." + name, phase[name]);
            }
          }
        });
      }
    });
    for (const [k, v] of Object.entries(extra || {})) {
      p.set(k, v);
    }
    return p;
  }

  function schedule() {
    state.lastInputAt = performance.now();
    clearTimeout(state.timer);
    state.timer = setTimeout(simulate, DEBOUNCE_MS);
  }

  async function simulate() {
    if (state.inFlight) {
      state.inFlight.abort();
    }
    const controller = new AbortController();
    state.inFlight = controller;
    const sequence = ++state.sequence;
    const sentAt = performance.now();
    let response;
    try {
      response = await fetch("/api/simulate", { method: "POST", body: form(), signal: controller.signal });
    } catch (e) {
      if (e.name !== "AbortError") {
        showErrors(["The server did not answer: is 'inertia serve' still running?"]);
      }
      return;
    }
    const answer = await response.json().catch(() => ({ errors: ["The server's answer could not be read."] }));
    if (sequence !== state.sequence) {
      return; // a newer request is on its way
    }
    state.inFlight = null;
    if (!response.ok) {
      showErrors(answer.errors || ["HTTP " + response.status]);
      return;
    }
    showErrors([]);
    show(answer, sentAt);
  }

  // Loads a scenario afresh: one variant, the controls as the scenario has them.
  async function load(source) {
    state.source = source;
    state.variants = [{}];
    state.phaseNames = [];
    state.lastInputAt = performance.now();
    renderVariants();
    await simulate();
  }

  async function download(what, variant) {
    const extra = variant ? { variant: String(variant) } : {};
    const response = await fetch("/api/" + what, { method: "POST", body: form(extra) });
    if (!response.ok) {
      const answer = await response.json().catch(() => ({ errors: ["HTTP " + response.status] }));
      showErrors(answer.errors);
      return;
    }
    const blob = await response.blob();
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    const base = fileBase();
    a.download = what === "scenario.yaml" ? base + "-" + "abc"[variant - 1] + ".yaml" : base + "-" + what;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  function fileBase() {
    if (state.source.example !== undefined) {
      return state.source.example;
    }
    return (state.source.file || "scenario").replace(/\.ya?ml$/i, "");
  }

  // ---- showing the answer ---------------------------------------------------------------------

  function showErrors(lines) {
    const box = $("errors");
    const list = $("error-list");
    list.textContent = "";
    for (const line of lines) {
      const li = document.createElement("li");
      li.textContent = line;
      list.appendChild(li);
    }
    box.hidden = lines.length === 0;
  }

  function show(answer, sentAt) {
    $("scenario-name").textContent = answer.scenario.name;
    $("scenario-description").textContent = answer.scenario.description;
    // A fresh scenario: its controls as written become the first variant's.
    answer.variants.forEach((v, i) => {
      const controls = state.variants[i];
      for (const name of CONTROLS) {
        if (controls[name] === undefined) {
          controls[name] = v.controls[name];
        }
      }
      if (!controls.phases) {
        controls.phases = v.phases.map((phase) => {
          const copy = { from: phase.from };
          for (const name of PHASE_CONTROLS) {
            copy[name] = phase[name];
          }
          return copy;
        });
      }
      state.phaseNames[i] = v.phases.map((phase) => phase.name);
    });
    renderVariants(answer);

    const img = $("chart");
    const url = URL.createObjectURL(new Blob([answer.chartSvg], { type: "image/svg+xml" }));
    img.onload = () => {
      const now = performance.now();
      if (state.chartUrl) {
        URL.revokeObjectURL(state.chartUrl);
      }
      state.chartUrl = url;
      state.updates++;
      const sinceInput = state.lastInputAt ? now - state.lastInputAt : now - sentAt;
      document.body.dataset.updates = String(state.updates);
      document.body.dataset.requestMs = (now - sentAt).toFixed(1);
      document.body.dataset.redrawMs = sinceInput.toFixed(1);
      document.body.dataset.serverMs = answer.serverMs.toFixed(1);
      $("timing").textContent = "Redrawn in " + Math.round(now - sentAt) + " ms (server " + Math.round(answer.serverMs) + " ms)";
    };
    img.dataset.digest = answer.chartDigest;
    img.dataset.yRange = answer.yRange.join(",");
    img.src = url;

    $("comparison-title").textContent = answer.measureLabel + ", % of baseline"
      + (answer.uncertainty ? " (median [" + answer.uncertainty + "])" : "");
    const warnings = $("warnings");
    warnings.textContent = "";
    for (const w of answer.warnings || []) {
      const li = document.createElement("li");
      li.textContent = "Beyond the evidence: " + w;
      warnings.appendChild(li);
    }
    caption(answer);
    observedNote(answer.observed);
    table($("comparison"), answer.comparison, null);
    const groups = $("group-tables");
    groups.textContent = "";
    answer.variants.forEach((v, i) => {
      const t = document.createElement("table");
      t.id = "groups-" + (i + 1);
      table(t, v.groups, "Strength by muscle group, % of baseline: " + title(v, i));
      const scroll = document.createElement("div");
      scroll.className = "table-scroll";
      scroll.appendChild(t);
      groups.appendChild(scroll);
    });
  }

  function table(element, cells, caption) {
    element.textContent = "";
    if (caption) {
      const c = document.createElement("caption");
      c.textContent = caption;
      element.appendChild(c);
    }
    const head = document.createElement("thead");
    const hr = document.createElement("tr");
    for (const h of cells.header) {
      const th = document.createElement("th");
      th.textContent = h;
      hr.appendChild(th);
    }
    head.appendChild(hr);
    element.appendChild(head);
    const body = document.createElement("tbody");
    for (const row of cells.rows) {
      const tr = document.createElement("tr");
      for (const cell of row) {
        const td = document.createElement("td");
        td.textContent = cell;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    element.appendChild(body);
  }

  function title(v, i) {
    const letter = "ABC"[i];
    if (v.renamed) {
      return letter + ": " + v.name;
    }
    if (i === 0 && !v.change) {
      return letter + ": as written";
    }
    return letter + ": " + (v.change || "as written");
  }

  function observedNote(points) {
    const note = $("observed-note");
    $("observed-clear").hidden = !state.observed;
    if (!points || points.total === 0) {
      note.textContent = "";
      return;
    }
    const others = points.measures.filter((m) => m !== state.measure);
    note.textContent = points.shown + " of " + points.total + " measured points on the chart"
      + (others.length ? "; the others are of " + others.join(", ") + ": choose it under \u201cChart shows\u201d" : "");
  }

  // ---- the presenter view ---------------------------------------------------------------------

  function caption(answer) {
    const box = $("presenter-caption");
    document.body.dataset.shown = String(answer.shown);
    box.hidden = !state.presenting;
    box.textContent = "";
    if (!state.presenting) {
      return;
    }
    const i = Math.min(answer.shown, answer.variants.length) - 1;
    box.append(title(answer.variants[i], i));
    const keys = document.createElement("span");
    keys.className = "keys";
    keys.textContent = (answer.variants.length > 1 ? (i + 1) + " of " + answer.variants.length
      + " · → or space: next · ← back · " : "") + "Esc: leave";
    box.appendChild(keys);
  }

  function present(on) {
    if (on && document.activeElement) {
      document.activeElement.blur(); // space steps through the variants, not presses the button again
    }
    state.presenting = on;
    state.shown = on && state.variants.length > 1 ? 1 : state.variants.length;
    document.body.classList.toggle("presenting", on);
    if (!on) {
      $("present").focus();
    }
    simulate();
  }

  function step(by) {
    const n = state.variants.length;
    state.shown = ((state.shown - 1 + by) % n + n) % n + 1;
    simulate();
  }

  function presenterKeys(event) {
    if (!state.presenting) {
      return;
    }
    if (event.key === "Escape") {
      present(false);
    } else if (event.key === "ArrowRight" || event.key === " " || event.key === "PageDown") {
      step(1);
    } else if (event.key === "ArrowLeft" || event.key === "PageUp") {
      step(-1);
    } else {
      return;
    }
    event.preventDefault();
  }

  // ---- the variant cards ----------------------------------------------------------------------

  function renderVariants(answer) {
    const box = $("variants");
    const cards = box.querySelectorAll(".variant");
    // Keep existing cards (and the focus in them); add or remove cards to match.
    for (let i = cards.length; i < state.variants.length; i++) {
      box.appendChild(makeCard());
    }
    for (let i = state.variants.length; i < cards.length; i++) {
      cards[i].remove();
    }
    box.querySelectorAll(".variant").forEach((card, i) => fillCard(card, i, answer));
    $("add-variant").disabled = state.variants.length >= state.maxVariants;
  }

  function makeCard() {
    const card = $("variant-template").content.firstElementChild.cloneNode(true);
    fillSelect(card.querySelector("[name=condition]"), state.vocabulary.condition, true);
    const index = () => Array.prototype.indexOf.call($("variants").children, card);
    for (const name of CONTROLS) {
      const input = card.querySelector("[name=" + name + "]");
      // Menus report a choice with "change" (some ways of choosing fire no "input"); boxes as you type.
      input.addEventListener(input.tagName === "SELECT" ? "change" : "input", () => {
        state.variants[index()][name] = input.value;
        schedule();
      });
    }
    card.querySelector(".add-phase").addEventListener("click", () => {
      const phases = state.variants[index()].phases;
      if (phases && phases.length < state.maxPhases) {
        phases.push(Object.assign({}, ADDED_PHASE));
        fillCard(card, index());
        schedule();
      }
    });
    card.querySelector(".remove").addEventListener("click", () => {
      const i = index();
      state.variants.splice(i, 1);
      state.phaseNames.splice(i, 1);
      card.remove();
      renderVariants();
      schedule();
    });
    card.querySelector(".yaml").addEventListener("click", () => download("scenario.yaml", index() + 1));
    const rename = card.querySelector(".variant-name");
    rename.addEventListener("input", () => {
      state.variants[index()].name = rename.value;
      schedule();
    });
    return card;
  }

  // One phase's controls; which variant and phase they set is looked up when they are used, so
  // that removing a phase or a variant before them needs no rewiring.
  function makePhase(card) {
    const box = $("phase-template").content.firstElementChild.cloneNode(true);
    const voc = state.vocabulary;
    fillSelect(box.querySelector("[name=mobility]"), voc.mobility, true);
    fillSelect(box.querySelector("[name=activity]"), voc.activity, true);
    fillSelect(box.querySelector("[name=intensity]"), voc.intensity, true);
    const variant = () => state.variants[Array.prototype.indexOf.call($("variants").children, card)];
    const position = () => Array.prototype.indexOf.call(card.querySelector(".phases").children, box);
    const phase = () => variant().phases[position()];
    for (const name of PHASE_CONTROLS) {
      const input = box.querySelector("[name=" + name + "]");
      input.addEventListener(input.tagName === "SELECT" ? "change" : "input", () => {
        phase()[name] = input.value;
        syncRanges(box);
        enableExercise(box);
        schedule();
      });
    }
    pairRange(box, ".days-range", "days", phase);
    pairRange(box, ".minutes-range", "minutes", phase);
    box.querySelector(".earlier-phase").addEventListener("click", () => {
      const phases = variant().phases;
      const j = position();
      if (j > 0) {
        [phases[j - 1], phases[j]] = [phases[j], phases[j - 1]];
        // The names of the last answer no longer fit the order; the next answer brings them.
        state.phaseNames[Array.prototype.indexOf.call($("variants").children, card)] = [];
        fillCard(card, Array.prototype.indexOf.call($("variants").children, card));
        schedule();
      }
    });
    box.querySelector(".remove-phase").addEventListener("click", () => {
      const phases = variant().phases;
      if (phases.length > 1) {
        phases.splice(position(), 1);
        box.remove();
        fillCard(card, Array.prototype.indexOf.call($("variants").children, card));
        schedule();
      }
    });
    return box;
  }

  function pairRange(box, selector, name, phase) {
    const range = box.querySelector(selector);
    range.addEventListener("input", () => {
      const input = box.querySelector("[name=" + name + "]");
      input.value = range.value;
      phase()[name] = range.value;
      schedule();
    });
  }

  function syncRanges(box) {
    for (const [selector, name] of [[".days-range", "days"], [".minutes-range", "minutes"]]) {
      const range = box.querySelector(selector);
      const value = Number(box.querySelector("[name=" + name + "]").value);
      if (Number.isFinite(value) && value > Number(range.max)) {
        range.max = String(value);
      }
      range.value = String(value);
    }
  }

  function enableExercise(box) {
    const none = box.querySelector("[name=activity]").value === "none";
    for (const name of ["minutes", "sessions-per-week", "intensity"]) {
      box.querySelector("[name=" + name + "]").disabled = none;
    }
    box.querySelector(".minutes-range").disabled = none;
  }

  function setValue(input, value) {
    if (value !== undefined && document.activeElement !== input && input.value !== value) {
      input.value = value;
    }
  }

  function fillCard(card, i, answer) {
    const controls = state.variants[i];
    for (const name of CONTROLS) {
      setValue(card.querySelector("[name=" + name + "]"), controls[name]);
    }
    setValue(card.querySelector(".variant-name"), controls.name || "");
    const phases = controls.phases || [];
    const list = card.querySelector(".phases");
    // Keep existing phase boxes (and the focus in them); add or remove boxes at the end to match.
    for (let j = list.children.length; j < phases.length; j++) {
      list.appendChild(makePhase(card));
    }
    while (list.children.length > phases.length) {
      list.lastElementChild.remove();
    }
    const names = state.phaseNames[i] || [];
    Array.prototype.forEach.call(list.children, (box, j) => {
      for (const name of PHASE_CONTROLS) {
        setValue(box.querySelector("[name=" + name + "]"), phases[j][name]);
      }
      syncRanges(box);
      enableExercise(box);
      const named = names.length === phases.length ? names[j] : null;
      box.querySelector(".phase-legend").textContent = "Phase " + (j + 1) + (named ? ": " + named : "");
      box.querySelector(".remove-phase").hidden = phases.length < 2;
      box.querySelector(".earlier-phase").hidden = j === 0;
    });
    card.querySelector(".add-phase").disabled = phases.length === 0 || phases.length >= state.maxPhases;
    const v = answer && answer.variants[i];
    card.querySelector(".variant-title").textContent = v ? title(v, i) : "ABC"[i] + ": …";
    if (v) {
      card.querySelector(".reading").textContent = v.reading;
      const recovery = card.querySelector(".recovery");
      recovery.hidden = !v.recovery;
      recovery.textContent = v.recovery || "";
    }
  }

  // ---- start ----------------------------------------------------------------------------------

  async function start() {
    const response = await fetch("/api/examples");
    const data = await response.json();
    state.vocabulary = data.vocabulary;
    state.maxVariants = data.maxVariants;
    state.maxPhases = data.maxPhases || state.maxPhases;
    const select = $("example");
    for (const e of data.examples) {
      option(select, e.id, e.name);
    }
    select.value = data.default;
    showFamily(data.vocabulary.family[state.measure] || "muscle");
    $("paste").value = (data.examples.find((e) => e.id === data.default) || { yaml: "" }).yaml;

    select.addEventListener("change", () => {
      const e = data.examples.find((x) => x.id === select.value);
      $("paste").value = e ? e.yaml : "";
      load({ example: select.value });
    });
    $("upload").addEventListener("change", async () => {
      const file = $("upload").files[0];
      if (file) {
        const text = await file.text();
        $("paste").value = text;
        load({ yaml: text, file: file.name });
      }
    });
    $("use-paste").addEventListener("click", () => load({ yaml: $("paste").value, file: "pasted.yaml" }));
    $("measure").addEventListener("change", () => {
      state.measure = $("measure").value;
      schedule();
    });
    $("uncertainty").addEventListener("change", () => {
      state.uncertainty = $("uncertainty").checked;
      schedule();
    });
    $("add-variant").addEventListener("click", () => {
      if (state.variants.length < state.maxVariants) {
        // A copy of the last variant, phases and all, to change one thing in.
        const copy = JSON.parse(JSON.stringify(state.variants[state.variants.length - 1]));
        delete copy.name; // a copy is named after what changed until it is given its own name
        state.variants.push(copy);
        state.phaseNames.push((state.phaseNames[state.phaseNames.length - 1] || []).slice());
        renderVariants();
        schedule();
      }
    });
    $("recovered").addEventListener("input", () => {
      state.recovered = $("recovered").value;
      schedule();
    });
    $("fixed-scale").addEventListener("change", () => {
      state.fixedScale = $("fixed-scale").checked;
      schedule();
    });
    $("present").addEventListener("click", () => present(true));
    $("observed-file").addEventListener("change", async () => {
      const file = $("observed-file").files[0];
      if (file) {
        state.observed = await file.text();
        schedule();
      }
    });
    $("observed-clear").addEventListener("click", () => {
      state.observed = null;
      $("observed-file").value = "";
      schedule();
    });
    document.addEventListener("keydown", presenterKeys);
    for (const b of document.querySelectorAll("[data-download]")) {
      b.addEventListener("click", () => download(b.dataset.download));
    }
    await load({ example: data.default });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
