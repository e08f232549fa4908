() => {
  // WCAG 2.2 SC 2.5.8: a target is at least 24 by 24 CSS px, or a 24 px circle on its centre
  // touches no other target; a link inside a sentence is exempt (inline).
  const targets = [];
  for (const el of document.querySelectorAll("a[href], button, input, select, textarea, summary")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (el.type === "hidden" || el.closest(".visually-hidden") || !el.checkVisibility()) continue;
    let inline = false;
    if (el.tagName === "A") {
      const block = el.parentElement.closest("p, li, dd, dt, td, th, figcaption, div, sup, h1, h2, h3, h4, h5, h6");
      inline = !!block && block.textContent.replace(/\s+/g, "") !== el.textContent.replace(/\s+/g, "");
    }
    targets.push({ el, box, inline });
  }
  const small = [];
  for (const t of targets) {
    if (t.inline || (t.box.width >= 24 && t.box.height >= 24)) continue;
    const cx = t.box.left + t.box.width / 2, cy = t.box.top + t.box.height / 2;
    const crowded = targets.some((o) => {
      if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
      const dx = Math.max(o.box.left - cx, 0, cx - o.box.right);
      const dy = Math.max(o.box.top - cy, 0, cy - o.box.bottom);
      return Math.hypot(dx, dy) < 12;
    });
    if (crowded) small.push(`${t.el.tagName} "${(t.el.textContent || t.el.name || t.el.id).trim().slice(0, 40)}" ${Math.round(t.box.width)}x${Math.round(t.box.height)}`);
  }
  return small;
}
