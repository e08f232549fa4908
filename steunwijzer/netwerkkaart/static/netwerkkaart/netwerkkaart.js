/* Netwerkkaart: progressive enhancement of /netwerkkaart/.
 *
 * Without this file every action works with plain forms. With it:
 * - forms post in the background and only the editor part of the page is replaced;
 * - a person can be dragged to another ring or sector, or moved with the arrow keys
 *   (left/right: another sector, up: closer, down: further away; Enter: change);
 * - clicking an empty spot on the map prepares the form to add someone there;
 * - downloads keep the page, and the browser warns before leaving with unsaved changes.
 * The server stays the only place that knows the rules: every change is a POST.
 * CSP allows no inline code or style attributes, so this file only sets classes,
 * ARIA attributes and SVG transforms.
 */
(function () {
  "use strict";

  var app = document.getElementById("nk-app");
  if (!app || !window.fetch || !window.FormData || !window.DOMParser) {
    return;
  }
  var live = null;
  var unsaved = false;
  var pending = false;

  function init() {
    live = document.createElement("p");
    live.className = "visually-hidden";
    live.id = "nk-live";
    live.setAttribute("role", "status");
    app.parentNode.insertBefore(live, app);
    document.documentElement.classList.add("nk-js");
    document.addEventListener("submit", onSubmit);
    window.addEventListener("beforeunload", onBeforeUnload);
    enhance();
  }

  function enhance() {
    unsaved = app.getAttribute("data-unsaved") === "true";
    var keys = document.getElementById("nk-toetsen");
    if (keys) {
      keys.hidden = false;
    }
    var svg = app.querySelector(".nk-svg");
    if (svg) {
      enhanceMap(svg);
      addZoom(svg);
    }
    var errors = document.getElementById("nk-fouten");
    var focusId = app.getAttribute("data-focus");
    var target = errors || (focusId && document.getElementById(focusId));
    /* The person just added, changed or moved: marked, and scrolled into view. Beside the
       map (wide screen) the editor keeps focus; below it (phone) the person gets focus, so
       that focus and view stay together. */
    var showId = app.getAttribute("data-show");
    var shown = !errors && showId && document.getElementById(showId);
    var wide = window.matchMedia("(min-width: 64rem)").matches;
    if (shown) {
      shown.classList.add("nk-new");
      if (!wide) {
        target = shown;
      }
    }
    if (target) {
      target.focus({ preventScroll: !!shown });
    }
    if (shown) {
      /* In the middle of the map's frame and of the screen, wholly in view. */
      shown.scrollIntoView({ block: "center", inline: "center" });
    }
  }

  /* The map --------------------------------------------------------------------- */

  function enhanceMap(svg) {
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-labelledby", "nk-svg-titel");
    svg.setAttribute("aria-describedby", "nk-svg-uitleg");
    svg.addEventListener("click", onMapClick);
    Array.prototype.forEach.call(svg.querySelectorAll(".nk-node"), function (node) {
      node.setAttribute("tabindex", "0");
      node.setAttribute("role", "button");
      node.setAttribute("aria-label", node.getAttribute("data-label"));
      node.setAttribute("aria-describedby", "nk-toetsen");
      node.addEventListener("keydown", onNodeKey);
      node.addEventListener("pointerdown", onPointerDown);
      /* Chromium ignores touch-action on elements inside an SVG: without this a finger on
         a token starts scrolling the frame and the drag is cancelled. Only the tokens;
         elsewhere a finger still scrolls and zooms. */
      node.addEventListener("touchstart", preventDefault, { passive: false });
    });
  }

  /* The map is drawn at a readable size and scrolls in its own frame; this button fits
     the whole map in the frame instead, and back. A frame wide enough to show the whole
     map with every name still at least 12 px (a large screen) starts fitted. A choice
     made is kept while the page is open (not stored). */
  var fitted = null;

  function addZoom(svg) {
    var frame = document.getElementById("nk-zoom");
    if (!frame) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "nk-zoom-button nk-secondary nk-small";
    button.textContent = "Hele kaart";
    button.setAttribute("aria-controls", "nk-zoom");
    frame.parentNode.insertBefore(button, frame);
    var fit = fitted;
    if (fit === null) {
      var units = svg.viewBox.baseVal.width;
      var smallest = parseFloat(svg.getAttribute("data-smallest-name"));
      fit = (frame.clientWidth / units) * smallest >= 12;
    }
    function apply() {
      frame.classList.toggle("nk-fit", fit);
      button.setAttribute("aria-pressed", fit ? "true" : "false");
    }
    button.addEventListener("click", function () {
      fit = fitted = !fit;
      apply();
      centre(frame);
    });
    apply();
    centre(frame);
  }

  /* The child in the middle of the frame. */
  function centre(frame) {
    frame.scrollLeft = (frame.scrollWidth - frame.clientWidth) / 2;
    frame.scrollTop = (frame.scrollHeight - frame.clientHeight) / 2;
  }

  function geometry(svg) {
    return {
      cx: parseFloat(svg.getAttribute("data-cx")),
      cy: parseFloat(svg.getAttribute("data-cy")),
      radii: svg.getAttribute("data-radii").split(" ").map(parseFloat),
      sectors: svg.getAttribute("data-sectors").split(" "),
      first: parseFloat(svg.getAttribute("data-first-angle"))  /* where sector 0 starts */
    };
  }

  /* Which ring and sector a point of the drawing lies in, or null (centre, outside). */
  function cellAt(svg, point) {
    var g = geometry(svg);
    var dx = point.x - g.cx;
    var dy = point.y - g.cy;
    var distance = Math.sqrt(dx * dx + dy * dy);
    var ring = 0;
    for (var i = 1; i < g.radii.length; i += 1) {
      if (!ring && distance > g.radii[i - 1] && distance <= g.radii[i]) {
        ring = i;
      }
    }
    if (!ring) {
      return null;
    }
    var span = (2 * Math.PI) / g.sectors.length;
    var turn = (((Math.atan2(dy, dx) - g.first) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    return { ring: ring, sector: g.sectors[Math.floor(turn / span) % g.sectors.length] };
  }

  function toDrawing(svg, event) {
    var point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse());
  }

  function onNodeKey(event) {
    var node = event.currentTarget;
    var sectors = geometry(node.ownerSVGElement).sectors;
    var index = sectors.indexOf(node.getAttribute("data-sector"));
    var ring = parseInt(node.getAttribute("data-ring"), 10);
    var name = node.getAttribute("data-label").split(":")[0];
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      send(mapUrl(), state(pressed("bewerken:" + node.getAttribute("data-id"))));
      return;
    }
    if (event.key === "ArrowLeft") {
      index = (index + sectors.length - 1) % sectors.length;
    } else if (event.key === "ArrowRight") {
      index = (index + 1) % sectors.length;
    } else if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      var next = ring + (event.key === "ArrowUp" ? -1 : 1);
      if (next < 1 || next > 3) {
        event.preventDefault();
        announce(name + (next < 1 ? " staat al heel dichtbij." : " staat al het verst weg."));
        return;
      }
      ring = next;
    } else {
      return;
    }
    event.preventDefault();
    move(node.getAttribute("data-id"), sectors[index], ring);
  }

  function preventDefault(event) {
    event.preventDefault();
  }

  function onPointerDown(event) {
    if (event.button !== 0 || pending) {
      return;
    }
    var node = event.currentTarget;
    var svg = node.ownerSVGElement;
    var start = toDrawing(svg, event);
    var origin = node.getAttribute("transform");
    var base = origin.match(/-?[\d.]+/g).map(parseFloat);
    var moved = false;
    event.preventDefault();
    node.setPointerCapture(event.pointerId);

    function onMove(moveEvent) {
      var point = toDrawing(svg, moveEvent);
      var dx = point.x - start.x;
      var dy = point.y - start.y;
      if (!moved && Math.abs(dx) + Math.abs(dy) < 6) {
        return;
      }
      moved = true;
      node.classList.add("nk-dragging");
      node.setAttribute("transform", "translate(" + (base[0] + dx) + " " + (base[1] + dy) + ")");
    }

    function onUp(upEvent) {
      stop();
      if (!moved) {
        send(mapUrl(), state(pressed("bewerken:" + node.getAttribute("data-id"))));
        return;
      }
      var cell = cellAt(svg, toDrawing(svg, upEvent));
      var same = cell && cell.sector === node.getAttribute("data-sector") &&
        String(cell.ring) === node.getAttribute("data-ring");
      if (!cell || same) {
        node.setAttribute("transform", origin);
        return;
      }
      move(node.getAttribute("data-id"), cell.sector, cell.ring);
    }

    function onCancel() {
      stop();
      node.setAttribute("transform", origin);
    }

    function stop() {
      node.classList.remove("nk-dragging");
      node.removeEventListener("pointermove", onMove);
      node.removeEventListener("pointerup", onUp);
      node.removeEventListener("pointercancel", onCancel);
    }

    node.addEventListener("pointermove", onMove);
    node.addEventListener("pointerup", onUp);
    node.addEventListener("pointercancel", onCancel);
  }

  /* A click on an empty spot: prepare the add form for that ring and sector. */
  function onMapClick(event) {
    var svg = event.currentTarget;
    if (event.target.closest && event.target.closest(".nk-node")) {
      return;
    }
    var cell = cellAt(svg, toDrawing(svg, event));
    var form = document.querySelector(".nk-person-form");
    if (!cell || !form || form.querySelector("button[value^='wijzigen']")) {
      return;
    }
    var person = app.getAttribute("data-person-prefix") + "-";
    var ring = form.querySelector("input[name='" + person + "ring'][value='" + cell.ring + "']");
    if (!ring) {
      return;
    }
    form.elements[person + "sector"].value = cell.sector;
    ring.checked = true;
    var name = form.elements[person + "naam"];
    name.focus();
    var sector = form.elements[person + "sector"];
    var where = sector.options[sector.selectedIndex].text.toLowerCase();
    announce("Nieuwe persoon bij " + where + ", " + ring.parentNode.textContent.trim().toLowerCase() +
      ". Vul de naam in.");
  }

  function move(id, sector, ring) {
    var prefix = app.getAttribute("data-move-prefix") + "-";
    var fields = pressed(app.getAttribute("data-move-action"));
    fields[prefix + "id"] = id;
    fields[prefix + "sector"] = sector;
    fields[prefix + "ring"] = String(ring);
    send(mapUrl(), state(fields));
  }

  /* Posting and swapping ------------------------------------------------------------- */

  function mapUrl() {
    return app.querySelector("form[data-nk-swap]").action.split("#")[0];
  }

  /* The fields of a pressed button (the action field's name comes from the page). */
  function pressed(action) {
    var fields = {};
    fields[app.getAttribute("data-action-field")] = action;
    return fields;
  }

  function state(fields) {
    var source = app.querySelector("form[data-nk-swap]");
    var data = new FormData();
    [app.getAttribute("data-state-field"), app.getAttribute("data-unsaved-field")].forEach(
      function (name) {
        data.append(name, source.elements[name].value);
      });
    Object.keys(fields).forEach(function (key) {
      data.append(key, fields[key]);
    });
    return data;
  }

  function onSubmit(event) {
    var form = event.target;
    if (!app.contains(form) || pending) {
      if (pending) {
        event.preventDefault();
      }
      return;
    }
    var submitter = event.submitter;
    var data = new FormData(form);
    if (submitter && submitter.name) {
      data.append(submitter.name, submitter.value);
    }
    var url = submitter && submitter.hasAttribute("formaction") ? submitter.formAction : form.action;
    event.preventDefault();
    send(url.split("#")[0], data, form.getAttribute("data-nk-download"));
  }

  function send(url, data, download) {
    if (pending) {
      return;
    }
    pending = true;
    app.classList.add("nk-busy");
    app.setAttribute("aria-busy", "true");
    fetch(url, { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (type.indexOf("text/html") === 0) {
          return response.text().then(swap);
        }
        return response.blob().then(function (blob) {
          save(blob, filename(response.headers.get("Content-Disposition")));
          if (download === "bewaren") {
            markSaved();
          }
        });
      })
      .catch(function () {
        announce("Dat lukte niet. Controleer de verbinding en probeer het opnieuw.");
      })
      .then(function () {
        pending = false;
        app.classList.remove("nk-busy");
        app.removeAttribute("aria-busy");
      });
  }

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("nk-app");
    if (!fresh) {
      announce("Dat lukte niet. Probeer het opnieuw.");
      return;
    }
    app.innerHTML = fresh.innerHTML;
    app.setAttribute("data-focus", fresh.getAttribute("data-focus") || "");
    app.setAttribute("data-show", fresh.getAttribute("data-show") || "");
    app.setAttribute("data-unsaved", fresh.getAttribute("data-unsaved") || "false");
    var message = document.getElementById("nk-melding");
    if (message) {
      // A live region inserted with its text is often not read out: the lasting region
      // #nk-live says it instead, and this copy stops being a second status.
      message.removeAttribute("role");
      if (!document.getElementById("nk-fouten")) {
        announce(message.textContent);
      }
    }
    enhance();
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.className = "visually-hidden";
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 10000);
  }

  function filename(disposition) {
    var match = /filename="([^"]+)"/.exec(disposition || "");
    return match ? match[1] : "netwerkkaart";
  }

  function markSaved() {
    unsaved = false;
    app.setAttribute("data-unsaved", "false");
    var unsavedField = "input[name='" + app.getAttribute("data-unsaved-field") + "']";
    Array.prototype.forEach.call(app.querySelectorAll(unsavedField), function (input) {
      input.value = "";
    });
    announce("De kaart is als bestand bewaard.");
  }

  function announce(text) {
    live.textContent = "";
    window.setTimeout(function () {
      live.textContent = text;
    }, 60);
  }

  function onBeforeUnload(event) {
    if (unsaved) {
      event.preventDefault();
      event.returnValue = "";
    }
  }

  init();
})();
