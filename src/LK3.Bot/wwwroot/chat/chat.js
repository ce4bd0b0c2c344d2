/* LK3 Kota Bontang — web chat. Vanilla JS, no build step, no innerHTML (the page runs under default-src 'self'). */
(function () {
  "use strict";

  var API = "/chat/messages";
  var IDLE_POLL_MS = 2000;
  var FAST_POLL_MS = 300;
  var FAST_WINDOW_MS = 10000;
  var ERROR_POLL_MS = 5000;
  var READ_PAGE_SIZE = 50; // the server's most messages per read: a full page means there may be more
  var REQUEST_TIMEOUT_MS = 15000;
  var OUTBOX_KEY = "lk3.chat.outbox";
  var DRAFT_KEY = "lk3.chat.draft";

  var log = document.getElementById("log");
  var welcome = document.getElementById("welcome");
  var startButton = document.getElementById("start");
  var form = document.getElementById("composer");
  var input = document.getElementById("text");
  var typing = document.getElementById("typing");
  var status = document.getElementById("status");

  var lastId = 0;          // the last bot message shown

  // On a shared phone, nobody else should find this chat: the browser forgets it (the bot keeps it for LK3's counsellors;
  // /hapus erases it).
  document.getElementById("end").addEventListener("click", function () {
    fetch("/chat/end", { method: "POST", credentials: "same-origin" }).finally(function () {
      sessionStorage.clear();
      location.reload();
    });
  });
  var outbox = [];         // the family's messages not yet accepted by the server, in order
  var sending = false;
  var pollTimer = null;
  var polling = false;
  var pollFailures = 0;
  var morePending = false;
  var fastUntil = 0;
  var awaitingReply = false;
  var focusNextButtons = false;
  var loaded = false;

  // ---- Reply markup: plain text where only <b>, </b>, <i>, </i> are tags and &amp; &lt; &gt; are entities.

  var TOKEN = /<\/?[bi]>|&amp;|&lt;|&gt;/g;
  var ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">" };

  function renderMarkup(text, into) {
    var stack = [{ tag: null, el: into }];
    var buffer = "";
    var index = 0;
    var match;

    function flush() {
      if (buffer) {
        stack[stack.length - 1].el.appendChild(document.createTextNode(buffer));
        buffer = "";
      }
    }

    TOKEN.lastIndex = 0;
    while ((match = TOKEN.exec(text)) !== null) {
      buffer += text.slice(index, match.index);
      index = TOKEN.lastIndex;
      var token = match[0];
      if (token.charAt(0) === "&") {
        buffer += ENTITIES[token];
        continue;
      }
      var closing = token.charAt(1) === "/";
      var tag = closing ? token.charAt(2) : token.charAt(1);
      if (!closing) {
        flush();
        var el = document.createElement(tag === "b" ? "strong" : "em");
        stack[stack.length - 1].el.appendChild(el);
        stack.push({ tag: tag, el: el });
        continue;
      }
      var open = -1;
      for (var i = stack.length - 1; i > 0; i--) {
        if (stack[i].tag === tag) { open = i; break; }
      }
      if (open < 0) {
        buffer += token; // a closing tag that closes nothing is shown as it is
        continue;
      }
      flush();
      stack.length = open;
    }
    buffer += text.slice(index);
    flush();
  }

  // ---- The log.

  function nearBottom() {
    return log.scrollHeight - log.scrollTop - log.clientHeight < 80;
  }

  function scrollDown(force) {
    if (force || nearBottom()) log.scrollTop = log.scrollHeight;
  }

  function speaker(label) {
    var span = document.createElement("span");
    span.className = "visually-hidden";
    span.textContent = label;
    return span;
  }

  function updateWelcome() {
    welcome.hidden = !loaded || log.children.length > 0;
  }

  function disableOlderButtons() {
    var buttons = log.querySelectorAll(".choices button:not([disabled])");
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
  }

  function showBotMessage(message) {
    var stick = nearBottom();
    var item = document.createElement("div");
    item.className = "msg bot";
    item.setAttribute("data-id", String(message.id));

    var bubble = document.createElement("div");
    bubble.className = "bubble";
    bubble.appendChild(speaker("LK3: "));
    var body = document.createElement("div");
    body.className = "text";
    renderMarkup(String(message.text || ""), body);
    bubble.appendChild(body);
    item.appendChild(bubble);

    // A button with an address is a link (a broadcast's "read more"), not a choice.
    var all = message.buttons || [];
    var links = all.filter(function (b) { return typeof b.url === "string" && /^https?:\/\//i.test(b.url); });
    var buttons = all.filter(function (b) { return !b.url; });
    if (buttons.length > 0) {
      disableOlderButtons();
      var choices = document.createElement("div");
      choices.className = "choices";
      choices.setAttribute("role", "group");
      choices.setAttribute("aria-label", "Pilihan");
      buttons.forEach(function (b) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = String(b.label);
        button.addEventListener("click", function () { choose(choices, button, String(b.id), String(b.label)); });
        choices.appendChild(button);
      });
      item.appendChild(choices);
    }
    links.forEach(function (b) {
      var link = document.createElement("a");
      link.className = "link-button";
      link.href = b.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.textContent = String(b.label);
      item.appendChild(link);
    });

    log.appendChild(item);
    updateWelcome();
    scrollDown(stick);

    if (buttons.length > 0 && focusNextButtons) {
      focusNextButtons = false;
      var first = item.querySelector(".choices button");
      if (first && (document.activeElement === document.body || document.activeElement === null)) first.focus();
    }
  }

  function showFamilyMessage(entry) {
    var item = document.createElement("div");
    item.className = "msg family";
    var bubble = document.createElement("div");
    bubble.className = "bubble";
    bubble.appendChild(speaker("Anda: "));
    var body = document.createElement("div");
    body.className = "text";
    body.textContent = entry.shown; // what the family typed is only ever text
    bubble.appendChild(body);
    item.appendChild(bubble);
    var state = document.createElement("div");
    state.className = "state";
    item.appendChild(state);
    log.appendChild(item);
    entry.el = item;
    updateWelcome();
    scrollDown(true);
  }

  function setEntryState(entry, kind, text, retry) {
    if (!entry.el) return;
    var state = entry.el.querySelector(".state");
    entry.el.classList.toggle("failed", kind === "failed");
    entry.el.classList.toggle("pending", kind === "pending");
    while (state.firstChild) state.removeChild(state.firstChild);
    if (!text) return;
    var line = document.createElement("span");
    line.textContent = text;
    state.appendChild(line);
    if (retry) {
      var again = document.createElement("button");
      again.type = "button";
      again.className = "retry";
      again.textContent = "Coba lagi";
      again.addEventListener("click", function () { again.disabled = true; flushOutbox(); });
      state.appendChild(document.createTextNode(" "));
      state.appendChild(again);
    }
  }

  function updateTyping() {
    var show = (sending || awaitingReply) && (outbox.length === 0 || !outbox[0].failed);
    typing.hidden = !show;
  }

  // ---- Sending: one message at a time, in order; a message that failed keeps the ones after it waiting.

  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function saveOutbox() {
    try {
      var kept = outbox.map(function (e) { return { id: e.id, body: e.body, shown: e.shown, typed: e.typed }; });
      if (kept.length) sessionStorage.setItem(OUTBOX_KEY, JSON.stringify(kept));
      else sessionStorage.removeItem(OUTBOX_KEY);
    } catch (e) { /* storage may be unavailable; the message stays on screen */ }
  }

  function enqueue(body, shown, typed, group) {
    body.id = uuid();
    if (navigator.language) body.language = navigator.language;
    var entry = { id: body.id, body: body, shown: shown, typed: typed, failed: false, el: null, group: group };
    outbox.push(entry);
    saveOutbox();
    showFamilyMessage(entry);
    if (outbox.length > 1) setEntryState(entry, "pending", "Menunggu…", false);
    flushOutbox();
  }

  function request(method, url, body) {
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS) : null;
    var options = {
      method: method,
      credentials: "same-origin",
      cache: "no-store",
      headers: { "Accept": "application/json, application/problem+json" },
      signal: controller ? controller.signal : undefined,
    };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      if (timer) clearTimeout(timer);
      return response;
    }, function (error) {
      if (timer) clearTimeout(timer);
      throw error;
    });
  }

  function problemTitle(response) {
    return response.json().then(function (p) { return p && typeof p.title === "string" ? p.title : ""; }, function () { return ""; });
  }

  async function flushOutbox() {
    if (sending) return;
    sending = true;
    updateTyping();
    try {
      while (outbox.length > 0) {
        var entry = outbox[0];
        entry.failed = false;
        setEntryState(entry, "pending", "", false);
        updateTyping();
        var response;
        try {
          response = await request("POST", API, entry.body);
        } catch (e) {
          fail(entry, "Pesan belum terkirim.");
          return;
        }
        if (response.status >= 200 && response.status < 300) {
          outbox.shift();
          saveOutbox();
          setEntryState(entry, "sent", "", false);
          awaitingReply = true;
          fastUntil = Date.now() + FAST_WINDOW_MS;
          if (outbox.length > 0) setEntryState(outbox[0], "pending", "", false);
          schedulePoll(0);
          continue;
        }
        if (response.status === 400 || response.status === 413 || response.status === 422) {
          // The server will not take this message as it is: give the text back to edit. The problem's
          // title is for developers (in English), so the family reads a line of our own.
          var title = await problemTitle(response);
          if (title && window.console) console.warn("LK3 chat: " + response.status + " " + title);
          outbox.shift();
          saveOutbox();
          reject(entry);
          continue;
        }
        if (response.status === 429) {
          fail(entry, "Pesan terlalu cepat. Tunggu sebentar.");
          return;
        }
        fail(entry, "Pesan belum terkirim.");
        return;
      }
    } finally {
      sending = false;
      updateTyping();
    }
  }

  function fail(entry, text) {
    entry.failed = true;
    setEntryState(entry, "failed", text, true);
    for (var i = 1; i < outbox.length; i++) setEntryState(outbox[i], "pending", "Menunggu…", false);
    updateTyping();
  }

  function reject(entry) {
    if (entry.el && entry.el.parentNode) entry.el.parentNode.removeChild(entry.el);
    updateWelcome();
    if (entry.typed) {
      // Never lose what the family typed: give it back to edit.
      input.value = input.value ? entry.typed + "\n" + input.value : entry.typed;
      saveDraft();
      input.focus();
    } else if (entry.group && entry.group === lastChoices()) {
      var all = entry.group.querySelectorAll("button");
      for (var i = 0; i < all.length; i++) { all[i].disabled = false; all[i].classList.remove("chosen"); }
    }
    status.textContent = "Maaf, pesan ini tidak dapat dikirim. Mohon periksa atau persingkat, lalu kirim lagi.";
  }

  function lastChoices() {
    var groups = log.querySelectorAll(".choices");
    return groups.length ? groups[groups.length - 1] : null;
  }

  function choose(group, button, id, label) {
    var all = group.querySelectorAll("button");
    for (var i = 0; i < all.length; i++) all[i].disabled = true;
    button.classList.add("chosen");
    status.textContent = "";
    focusNextButtons = true;
    enqueue({ choice: id }, label, null, group);
  }

  function sendTyped() {
    var text = input.value;
    if (!text.trim()) return;
    status.textContent = "";
    enqueue({ text: text }, text, text, null); // kept in the outbox until the server has it
    input.value = "";
    saveDraft();
    input.focus();
  }

  // ---- What the family wrote survives a reload of this tab (sessionStorage: never across tabs or after closing it).

  function saveDraft() {
    try {
      if (input.value) sessionStorage.setItem(DRAFT_KEY, input.value);
      else sessionStorage.removeItem(DRAFT_KEY);
    } catch (e) { /* storage may be unavailable */ }
  }

  function restore() {
    try {
      var kept = JSON.parse(sessionStorage.getItem(OUTBOX_KEY) || "[]");
      kept.forEach(function (k) {
        var entry = { id: k.id, body: k.body, shown: k.shown, typed: k.typed, failed: true, el: null, group: null };
        outbox.push(entry);
        showFamilyMessage(entry);
        setEntryState(entry, "failed", "Pesan belum terkirim.", true);
      });
      var draft = sessionStorage.getItem(DRAFT_KEY);
      if (draft && !input.value) input.value = draft;
    } catch (e) { /* storage may be unavailable */ }
  }

  // ---- Polling for the bot's messages.

  function schedulePoll(delay) {
    if (pollTimer !== null) clearTimeout(pollTimer);
    pollTimer = null;
    if (document.hidden) return;
    pollTimer = setTimeout(poll, delay);
  }

  function nextDelay() {
    if (pollFailures > 0) return ERROR_POLL_MS;
    if (morePending) return 0;
    return Date.now() < fastUntil ? FAST_POLL_MS : IDLE_POLL_MS;
  }

  async function poll() {
    pollTimer = null;
    if (polling) return;
    polling = true;
    try {
      var response = await request("GET", API + "?after=" + encodeURIComponent(String(lastId)));
      if (!response.ok) throw new Error("HTTP " + response.status);
      var data = await response.json();
      var messages = (data && data.messages) || [];
      var gotReply = false;
      messages.forEach(function (m) {
        if (typeof m.id !== "number" || m.id <= lastId) return;
        lastId = m.id;
        showBotMessage(m);
        gotReply = true;
      });
      if (gotReply) awaitingReply = false;
      if (pollFailures > 0) status.textContent = "";
      pollFailures = 0;
      morePending = messages.length >= READ_PAGE_SIZE;
    } catch (e) {
      pollFailures++;
      if (pollFailures >= 2) status.textContent = "Koneksi terputus. Kami terus mencoba…";
    } finally {
      polling = false;
      if (!loaded) {
        loaded = true;
        restore(); // messages that had not reached the server before a reload, after the history
        updateWelcome();
        scrollDown(true);
      }
      if (awaitingReply && Date.now() >= fastUntil) awaitingReply = false;
      updateTyping();
      schedulePoll(nextDelay());
    }
  }

  // ---- Wiring.

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    sendTyped();
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      sendTyped();
    }
  });

  input.addEventListener("input", function () { saveDraft(); });

  startButton.addEventListener("click", function () {
    welcome.hidden = true;
    focusNextButtons = true;
    enqueue({ text: "/start" }, "Mulai percakapan", null, null);
  });

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) {
      if (pollTimer !== null) clearTimeout(pollTimer);
      pollTimer = null;
    } else {
      schedulePoll(0);
    }
  });

  window.addEventListener("online", function () {
    if (outbox.length > 0 && outbox[0].failed) flushOutbox();
    schedulePoll(0);
  });

  schedulePoll(0);
})();
