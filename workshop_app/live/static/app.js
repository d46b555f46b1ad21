// The participant's page: one question at a time, answers kept on the device until the
// facilitator's laptop has them (sent again after a dropped connection; the server
// ignores a resend it already has). Every piece of text is set with textContent, so a
// name or answer containing markup is shown as text.
(function () {
  "use strict";

  var parts = location.pathname.split("/").filter(Boolean);
  var token = parts[0] === "p" && parts[1] ? parts[1] : "";
  var KEY = "pw-live:" + token;
  var main = document.getElementById("main");
  var statusBar = document.getElementById("status");

  var state = null; // questions, names, done (from the server, cached)
  var answers = {}; // question id -> {value, dont_know}: what this participant gave
  var pending = {}; // question id -> {question, value, dont_know, seq}: not yet stored
  var errors = {}; // question id -> message from the server
  var drafts = {}; // question id -> unsaved ranking order / points / typed text
  var seq = 0;
  var csrf = "";
  var index = 0;
  var reviewing = false;
  var sending = false;
  var retryTimer = null;

  function el(tag, props, children) {
    var node = document.createElement(tag);
    props = props || {};
    Object.keys(props).forEach(function (k) {
      if (k === "text") node.textContent = props[k];
      else if (k === "onclick") node.addEventListener("click", props[k]);
      else if (k === "oninput") node.addEventListener("input", props[k]);
      else node.setAttribute(k, props[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  // The page's own words come from the server in the participant's language (state.ui,
  // kept with the cached state); the English ones here only until it has answered.
  var EARLY = {
    link_invalid: "This link is not valid. Ask the facilitator for yours.",
    unreachable: "Cannot reach the facilitator's laptop. Check that you are on the room's network, then reload this page.",
    open_link: "Open the personal link from your handout.",
    offline: "No connection to the facilitator's laptop."
  };

  function t(key, vars) {
    var text = (state && state.ui && state.ui[key]) || EARLY[key] || key;
    Object.keys(vars || {}).forEach(function (k) { text = text.split("{" + k + "}").join(String(vars[k])); });
    return text;
  }

  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify({
        state: state, answers: answers, pending: pending, seq: seq, index: index
      }));
    } catch (e) { /* private mode: the page still keeps them while open */ }
  }

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY) || "null"); } catch (e) { return null; }
  }

  function pendingCount() { return Object.keys(pending).length; }

  function showStatus() {
    var n = pendingCount();
    if (!navigator.onLine || (n && retryTimer)) {
      statusBar.className = "status offline";
      statusBar.textContent = n ? t(n === 1 ? "offline_one" : "offline_many", { n: n }) : t("offline");
    } else if (n) {
      statusBar.className = "status";
      statusBar.textContent = "";
    } else {
      statusBar.className = "status";
      statusBar.textContent = "";
    }
  }

  function api(path, body) {
    var ctrl = new AbortController();
    var timer = setTimeout(function () { ctrl.abort(); }, 8000);
    var init = { method: body === undefined ? "GET" : "POST", signal: ctrl.signal,
                 credentials: "omit", cache: "no-store", headers: {} };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.headers["X-CSRF-Token"] = csrf;
      init.body = JSON.stringify(body);
    }
    return fetch("/api/" + token + "/" + path, init).then(function (r) {
      clearTimeout(timer);
      return r.json().catch(function () { return {}; }).then(function (data) {
        return { status: r.status, data: data };
      });
    }, function (e) { clearTimeout(timer); throw e; });
  }

  function fetchState() {
    return api("state").then(function (r) {
      if (r.status !== 200) return r;
      state = r.data;
      csrf = state.csrf;
      delete state.csrf;
      var merged = {};
      Object.keys(state.answers).forEach(function (q) { merged[q] = state.answers[q]; });
      Object.keys(pending).forEach(function (q) {
        merged[q] = { value: pending[q].value, dont_know: pending[q].dont_know };
      });
      answers = merged;
      save();
      return r;
    });
  }

  function scheduleRetry() {
    if (retryTimer) return;
    retryTimer = setTimeout(function () { retryTimer = null; flush(); }, 3000);
    showStatus();
  }

  function flush() {
    if (sending) return;
    var ids = Object.keys(pending).sort(function (a, b) { return pending[a].seq - pending[b].seq; });
    if (!ids.length) { showStatus(); return; }
    sending = true;
    var item = pending[ids[0]];
    var needsState = !csrf ? fetchState() : Promise.resolve({ status: 200 });
    needsState.then(function (s) {
      if (s.status !== 200) return s;
      return api("answer", item);
    }).then(function (r) {
      sending = false;
      if (r.status === 200) {
        if (pending[item.question] && pending[item.question].seq === item.seq) {
          delete pending[item.question];
        }
        delete errors[item.question];
        if (state) { state.answered = r.data.answered; }
        save(); render(); flush();
      } else if (r.status === 422 || r.status === 404) {
        delete pending[item.question];
        delete answers[item.question];
        errors[item.question] = r.data.error || t("not_saved");
        save(); render(); flush();
      } else if (r.status === 409) {
        pending = {}; save(); start();
      } else if ((r.status === 403 || r.status === 429) && csrf) {
        csrf = ""; scheduleRetry(); // fetch the state (and CSRF value) again, then resend
      } else if (r.status === 403 || r.status === 429) {
        failed((r.data && r.data.error) || t("link_ended")); // ended link
      } else {
        scheduleRetry();
      }
    }, function () { sending = false; scheduleRetry(); });
  }

  function give(q, value, dontKnow) {
    seq += 1;
    var item = { question: q.id, value: dontKnow ? null : value, dont_know: !!dontKnow, seq: seq };
    pending[q.id] = item;
    answers[q.id] = { value: item.value, dont_know: item.dont_know };
    delete errors[q.id];
    save(); render(); flush();
  }

  function answered() {
    return state.questions.filter(function (q) { return answers[q.id]; }).length;
  }

  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  // --- question types -----------------------------------------------------------------

  function choiceButton(label, number, pressed, onclick) {
    var b = el("button", { "class": "choice", "aria-pressed": pressed ? "true" : "false",
                           onclick: onclick }, []);
    if (number !== null) b.appendChild(el("span", { "class": "num", text: String(number) }));
    b.appendChild(document.createTextNode(label));
    return b;
  }

  function likert(q, a) {
    var box = el("div", { "class": "choices" });
    for (var p = q.lo; p <= q.hi; p++) {
      (function (point) {
        var pressed = a && !a.dont_know && a.value === point;
        var b = choiceButton(q.anchors[String(point)] || "", point, pressed, function () {
          give(q, point, false);
        });
        b.setAttribute("data-value", String(point));
        box.appendChild(b);
      })(p);
    }
    return box;
  }

  function single(q, a) {
    var box = el("div", { "class": "choices" });
    q.options.forEach(function (o) {
      var b = choiceButton(o.label, null, a && a.value === o.id, function () { give(q, o.id, false); });
      b.setAttribute("data-value", o.id);
      box.appendChild(b);
    });
    return box;
  }

  function multi(q, a) {
    var chosen = a && Array.isArray(a.value) ? a.value.slice() : [];
    var box = el("div", { "class": "choices" });
    box.appendChild(el("p", { "class": "hint", text: t("choose_all") }));
    q.options.forEach(function (o) {
      var on = chosen.indexOf(o.id) >= 0;
      var b = choiceButton((on ? "☑ " : "☐ ") + o.label, null, on, function () {
        var next = q.options.map(function (x) { return x.id; }).filter(function (id) {
          return id === o.id ? !on : chosen.indexOf(id) >= 0;
        });
        give(q, next.length ? next : null, false);
      });
      b.setAttribute("data-value", o.id);
      box.appendChild(b);
    });
    return box;
  }

  function ranking(q, a) {
    var stored = a && Array.isArray(a.value) ? a.value : null;
    var order = drafts[q.id] || (stored ? stored.slice() : q.options.map(function (o) { return o.id; }));
    var labels = {};
    q.options.forEach(function (o) { labels[o.id] = o.label; });
    var box = el("div", {}, [el("p", { "class": "hint", text: t("rank_hint") })]);
    order.forEach(function (id, i) {
      function move(d) {
        return function () {
          var copy = order.slice();
          var t = copy[i + d]; copy[i + d] = copy[i]; copy[i] = t;
          drafts[q.id] = copy; render();
        };
      }
      var handle = el("span", { "class": "handle", "aria-hidden": "true", text: "≡" });
      handle.addEventListener("pointerdown", function (e) { startDrag(e, q, order, i, box); });
      box.appendChild(el("div", { "class": "rank", "data-option": id }, [
        handle,
        el("span", { "class": "pos", text: String(i + 1) + "." }),
        el("span", { "class": "label", text: labels[id] }),
        el("button", { "class": "up", "aria-label": t("move_up", { label: labels[id] }), text: "↑",
                       onclick: move(-1) }),
        el("button", { "class": "down", "aria-label": t("move_down", { label: labels[id] }), text: "↓",
                       onclick: move(1) })
      ]));
    });
    var buttons = box.querySelectorAll(".rank");
    buttons[0].querySelector(".up").disabled = true;
    buttons[buttons.length - 1].querySelector(".down").disabled = true;
    var isSaved = stored && !(a && a.dont_know) && same(stored, order);
    box.appendChild(el("button", { id: "confirm", "class": "primary", text: isSaved ? t("order_saved") : t("confirm_order"),
      onclick: function () { delete drafts[q.id]; give(q, order, false); } }));
    return box;
  }

  // Drag by the handle (finger or mouse): the row follows the pointer and drops where
  // it is let go; the buttons do the same for those who prefer them.
  function startDrag(e, q, order, from, box) {
    e.preventDefault();
    var rows = Array.prototype.slice.call(box.querySelectorAll(".rank"));
    var row = rows[from];
    var startY = e.clientY;
    row.classList.add("dragging");
    function target(y) { // the rows above the pointer, the dragged one left out
      var to = 0;
      rows.forEach(function (r, k) {
        var rect = r.getBoundingClientRect();
        if (k !== from && y > rect.top + rect.height / 2) to += 1;
      });
      return to;
    }
    function move(ev) { row.style.transform = "translateY(" + (ev.clientY - startY) + "px)"; }
    function drop(ev) {
      document.removeEventListener("pointermove", move);
      document.removeEventListener("pointerup", drop);
      document.removeEventListener("pointercancel", drop);
      row.classList.remove("dragging");
      row.style.transform = "";
      var to = ev.type === "pointercancel" ? from : target(ev.clientY);
      if (to !== from) {
        var copy = order.slice();
        var moved = copy.splice(from, 1)[0];
        copy.splice(to, 0, moved);
        drafts[q.id] = copy;
      }
      render();
    }
    document.addEventListener("pointermove", move);
    document.addEventListener("pointerup", drop);
    document.addEventListener("pointercancel", drop);
  }

  function allocation(q, a) {
    var stored = a && a.value && typeof a.value === "object" && !Array.isArray(a.value) ? a.value : {};
    var points = drafts[q.id] || {};
    if (!drafts[q.id]) q.options.forEach(function (o) { points[o.id] = stored[o.id] || 0; });
    var box = el("div", {}, [el("p", { "class": "hint", text: t("split_hint", { total: q.total }) })]);
    var total = el("p", { "class": "total" });
    var confirm = el("button", { id: "confirm", "class": "primary", text: t("confirm_split") });
    function update() {
      var sum = 0;
      q.options.forEach(function (o) { sum += points[o.id] || 0; });
      sum = Math.round(sum * 1e6) / 1e6;
      var ok = Math.abs(sum - q.total) < 1e-6;
      total.textContent = ok ? t("total_ok", { sum: sum, total: q.total })
        : t("total_left", { sum: sum, total: q.total, left: Math.round((q.total - sum) * 1e6) / 1e6 });
      total.className = "total " + (ok ? "ok" : "off");
      confirm.disabled = !ok;
    }
    q.options.forEach(function (o) {
      var input = el("input", { type: "number", inputmode: "decimal", min: "0", step: "any",
                                "data-option": o.id, "aria-label": t("points_for", { label: o.label }) });
      input.value = String(points[o.id] || 0);
      input.addEventListener("input", function () {
        var x = parseFloat(input.value.replace(",", "."));
        points[o.id] = isFinite(x) && x >= 0 ? x : 0;
        drafts[q.id] = points; update();
      });
      box.appendChild(el("label", { "class": "alloc" }, [el("span", { "class": "label", text: o.label }), input]));
    });
    confirm.addEventListener("click", function () {
      var out = {};
      q.options.forEach(function (o) { if (points[o.id]) out[o.id] = points[o.id]; });
      delete drafts[q.id]; give(q, out, false);
    });
    box.appendChild(total); box.appendChild(confirm);
    update();
    return box;
  }

  function typed(q, a, isNumber) {
    var box = el("div", {});
    var field;
    if (isNumber) {
      var range = [];
      if (q.min !== null && q.min !== undefined) range.push(t("at_least", { min: q.min }));
      if (q.max !== null && q.max !== undefined) range.push(t("at_most", { max: q.max }));
      if (range.length || q.unit) {
        box.appendChild(el("p", { "class": "hint", text: (q.unit ? t("in_unit", { unit: q.unit }) + " " : "") + range.join(", ") }));
      }
      field = el("input", { type: "text", inputmode: "decimal", id: "field", "aria-label": t("your_answer") });
    } else {
      field = el("textarea", { id: "field", maxlength: "32767", "aria-label": t("your_answer") });
    }
    var storedText = a && !a.dont_know && a.value !== null ? String(a.value) : "";
    field.value = drafts[q.id] !== undefined ? drafts[q.id] : storedText;
    field.addEventListener("input", function () { drafts[q.id] = field.value; });
    var problem = el("p", { "class": "error" });
    var saveButton = el("button", { id: "confirm", "class": "primary", text: t("save_answer"), onclick: function () {
      var text = field.value;
      if (isNumber) {
        var x = Number(text.trim().replace(",", "."));
        if (!text.trim() || !isFinite(x)) { problem.textContent = t("type_number"); return; }
        if (q.min !== null && q.min !== undefined && x < q.min) { problem.textContent = t("below_min", { min: q.min }); return; }
        if (q.max !== null && q.max !== undefined && x > q.max) { problem.textContent = t("above_max", { max: q.max }); return; }
        delete drafts[q.id]; give(q, x, false);
      } else {
        if (!text.trim()) { problem.textContent = t("type_first"); return; }
        delete drafts[q.id]; give(q, text, false);
      }
    } });
    box.appendChild(field); box.appendChild(problem); box.appendChild(saveButton);
    return box;
  }

  // --- screens ------------------------------------------------------------------------

  function header() {
    if (state.language) document.documentElement.lang = state.language; // fonts, screen readers
    document.getElementById("workshop").textContent = state.workshop;
    document.getElementById("who").textContent = state.participant + (state.partner ? " · " + state.partner : "");
  }

  function progress() {
    var n = state.questions.length;
    var k = answered();
    var text = reviewing ? t("answered_of", { k: k, n: n }) : t("question_of", { i: index + 1, n: n, k: k });
    var fill = el("div", {});
    fill.style.width = (n ? Math.round(100 * k / n) : 0) + "%"; // CSSOM: allowed by the CSP
    var bar = el("div", { "class": "bar" }, [fill]);
    return el("div", { "class": "progress" }, [bar, el("div", { "class": "text", id: "progress", text: text })]);
  }

  function questionScreen() {
    var q = state.questions[index];
    var a = answers[q.id];
    var card = el("section", { "class": "card", id: "question", "data-type": q.type, "data-question": q.id }, [
      el("p", { "class": "qtext", text: q.text }),
      q.help ? el("p", { "class": "help", text: q.help }) : null
    ]);
    var body = { likert: likert, single_choice: single, multi_choice: multi, ranking: ranking,
                 allocation: allocation }[q.type];
    card.appendChild(body ? body(q, a) : typed(q, a, q.type === "number"));
    if (q.dont_know) {
      var dk = el("button", { id: "dontknow", "class": "dk", "aria-pressed": a && a.dont_know ? "true" : "false",
                              text: state.dont_know_label, onclick: function () { delete drafts[q.id]; give(q, null, true); } });
      card.appendChild(dk);
    }
    if (errors[q.id]) card.appendChild(el("p", { "class": "error", text: t("not_saved_because", { error: errors[q.id] }) }));
    else if (a && pending[q.id]) card.appendChild(el("p", { "class": "saved-note", text: t("sending") }));
    else if (a) card.appendChild(el("p", { "class": "saved-note", id: "saved", text: t("saved") }));
    return card;
  }

  function reviewScreen() {
    var missing = state.questions.filter(function (q) { return !answers[q.id]; });
    var box = el("section", { "class": "card", id: "review" }, [
      el("p", { "class": "qtext", text: t("ready") }),
      el("p", { "class": "help", text: missing.length ? t("missing_hint") : t("all_answered") })
    ]);
    if (missing.length) {
      var list = el("ul", { "class": "missing" });
      missing.forEach(function (q) {
        list.appendChild(el("li", {}, [el("button", { text: q.text, onclick: function () {
          reviewing = false; index = state.questions.indexOf(q); render();
        } })]));
      });
      box.appendChild(list);
    }
    var n = pendingCount();
    if (n) box.appendChild(el("p", { "class": "error", text: t("not_sent", { n: n }) }));
    box.appendChild(el("button", { id: "done", "class": "primary", text: t("done"), onclick: finish }));
    return box;
  }

  function thanks() {
    main.textContent = "";
    document.body.classList.add("finished");
    main.appendChild(el("section", { "class": "thanks", id: "thanks" }, [
      el("h1", { text: t("thanks", { name: state.participant }) }),
      el("p", { text: t("saved_close") }),
      el("p", { "class": "hint", text: t("reopen_hint") })
    ]));
  }

  function render() {
    if (!state) return;
    header();
    showStatus();
    if (state.done) { thanks(); return; }
    main.textContent = "";
    if (!state.questions.length) {
      main.appendChild(el("p", { text: t("no_questions") }));
      return;
    }
    main.appendChild(progress());
    main.appendChild(reviewing ? reviewScreen() : questionScreen());
    var last = index === state.questions.length - 1;
    main.appendChild(el("nav", { "class": "bottom" }, [
      el("button", { id: "back", text: t("back"), onclick: function () {
        if (reviewing) reviewing = false; else if (index > 0) index -= 1;
        save(); render(); window.scrollTo(0, 0);
      } }),
      reviewing ? null : el("button", { id: "next", "class": "primary", text: last ? t("finish") : t("next"), onclick: function () {
        if (last) reviewing = true; else index += 1;
        save(); render(); window.scrollTo(0, 0);
      } })
    ]));
  }

  function finish() {
    if (pendingCount()) { flush(); render(); return; }
    var send = csrf ? Promise.resolve({ status: 200 }) : fetchState();
    send.then(function (s) { return s.status === 200 ? api("done", {}) : s; }).then(function (r) {
      if (r.status === 200 || r.status === 409) { state.done = true; save(); render(); }
      else if (r.status === 403) { csrf = ""; scheduleRetry(); }
      else { scheduleRetry(); }
    }, scheduleRetry);
  }

  function failed(message) {
    main.textContent = "";
    main.appendChild(el("section", { "class": "card", id: "problem" }, [el("p", { "class": "qtext", text: message })]));
  }

  function start() {
    fetchState().then(function (r) {
      if (r.status === 200) { render(); flush(); return; }
      if (r.status === 403 || r.status === 429) {
        localStorage.removeItem(KEY);
        failed(r.data.error || t("link_invalid"));
        return;
      }
      offline();
    }, offline);
  }

  function offline() {
    if (state) { scheduleRetry(); render(); return; }
    failed(t("unreachable"));
  }

  var cached = load();
  if (cached && cached.state) {
    state = cached.state; answers = cached.answers || {}; pending = cached.pending || {};
    seq = cached.seq || 0; index = Math.min(cached.index || 0, Math.max(state.questions.length - 1, 0));
  }
  window.addEventListener("online", function () { if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; } flush(); });
  window.addEventListener("offline", showStatus);
  if (!token) { failed(t("open_link")); return; }
  start();
})();
