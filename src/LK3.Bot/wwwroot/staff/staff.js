// LK3 staff app: the menu that folds away on a phone, a question before a step that cannot be taken back, and the acceptance
// windows counting down. Every page works without it.
"use strict";
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", () => {
  const bar = document.querySelector(".bar");
  const toggle = document.querySelector(".menu-toggle");
  if (bar && toggle) {
    toggle.addEventListener("click", () => {
      const open = bar.classList.toggle("open");
      toggle.setAttribute("aria-expanded", String(open));
    });
  }

  // <form data-confirm="…">: sent only when confirmed.
  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", event => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  }

  // <time datetime="…" data-countdown>: "sisa 3 jam 5 menit", "sisa 4 menit 30 detik", then "waktu habis".
  const countdowns = [...document.querySelectorAll("time[data-countdown]")];
  if (countdowns.length === 0) return;
  const show = () => {
    const now = Date.now();
    for (const element of countdowns) {
      const seconds = Math.floor((Date.parse(element.dateTime) - now) / 1000);
      element.textContent = remaining(seconds);
    }
  };
  show();
  setInterval(show, 1000);
});

function remaining(seconds) {
  if (seconds <= 0) return "waktu habis";
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor(seconds % 86400 / 3600);
  const minutes = Math.floor(seconds % 3600 / 60);
  if (days > 0) return `sisa ${days} hari ${hours} jam`;
  if (hours > 0) return `sisa ${hours} jam ${minutes} menit`;
  return `sisa ${minutes} menit ${seconds % 60} detik`;
}
