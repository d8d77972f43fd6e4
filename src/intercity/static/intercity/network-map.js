// The twin-town network on a <canvas>: country outlines (Natural Earth, shipped), then every
// partnership as one straight line in an equirectangular projection, drawn in a few batched paths
// so 26,000 lines take milliseconds. Hover finds the nearest place through a coarse grid.
(function () {
  "use strict";
  var canvas = document.getElementById("netmap");
  if (!canvas) return;
  var ctx = canvas.getContext("2d");
  var tip = document.getElementById("netmap-tip");
  var status = document.getElementById("netmap-status");
  var countryInput = document.getElementById("netmap-country");
  var registryInput = document.getElementById("netmap-registry");
  var data = null, world = null, grid = null, shown = null;
  var W = canvas.width, H = canvas.height;

  function x(lon) { return (lon + 180) / 360 * W; }
  function y(lat) { return (90 - lat) / 180 * H; }

  function drawWorld() {
    ctx.fillStyle = "#f4f7fb";
    ctx.fillRect(0, 0, W, H);
    if (!world) return;
    ctx.fillStyle = "#e3e8ef";
    ctx.strokeStyle = "#c9d2de";
    ctx.lineWidth = 0.5;
    world.features.forEach(function (f) {
      var g = f.geometry;
      if (!g) return;
      var polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      ctx.beginPath();
      polys.forEach(function (poly) {
        poly.forEach(function (ring) {
          ring.forEach(function (pt, i) { if (i) ctx.lineTo(x(pt[0]), y(pt[1])); else ctx.moveTo(x(pt[0]), y(pt[1])); });
          ctx.closePath();
        });
      });
      ctx.fill();
      ctx.stroke();
    });
  }

  function segment(path, a, b) {
    var p = data.places, lon1 = p.lon[a], lon2 = p.lon[b];
    // the shorter way round: a line across the Pacific is drawn as two pieces at the map's edges
    if (Math.abs(lon1 - lon2) > 180) {
      var shifted = lon2 + (lon1 > lon2 ? 360 : -360);
      path.moveTo(x(lon1), y(p.lat[a])); path.lineTo(x(shifted), y(p.lat[b]));
      path.moveTo(x(lon2), y(p.lat[b])); path.lineTo(x(lon1 + (lon2 > lon1 ? 360 : -360)), y(p.lat[a]));
    } else {
      path.moveTo(x(lon1), y(p.lat[a])); path.lineTo(x(lon2), y(p.lat[b]));
    }
  }

  function draw() {
    var t0 = performance.now();
    drawWorld();
    if (!data) return;
    var cc = (countryInput.value || "").trim().toUpperCase();
    var onlyRegistry = registryInput.checked;
    var p = data.places, pairs = data.pairs;
    var network = new Path2D(), registry = new Path2D(), count = 0;
    shown = new Uint8Array(p.id.length);
    for (var i = 0; i < data.registry.length; i++) {
      var a = pairs[2 * i], b = pairs[2 * i + 1], reg = data.registry[i] === 1;
      if (onlyRegistry && !reg) continue;
      if (cc.length === 2 && p.cc[a] !== cc && p.cc[b] !== cc) continue;
      segment(reg ? registry : network, a, b);
      shown[a] = shown[b] = 1;
      count++;
    }
    ctx.lineWidth = 0.6;
    ctx.strokeStyle = "rgba(40, 90, 160, 0.12)";
    ctx.stroke(network);
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = "rgba(200, 70, 40, 0.75)";
    ctx.stroke(registry);
    ctx.fillStyle = "#14324f";
    for (var j = 0; j < p.id.length; j++) {
      if (!shown[j]) continue;
      var r = p.n[j] > 20 ? 2.2 : p.n[j] > 5 ? 1.5 : 1;
      ctx.fillRect(x(p.lon[j]) - r / 2, y(p.lat[j]) - r / 2, r, r);
    }
    if (data.home !== null && data.home !== undefined) {
      ctx.fillStyle = "#d33";
      ctx.beginPath(); ctx.arc(x(p.lon[data.home]), y(p.lat[data.home]), 4, 0, 2 * Math.PI); ctx.fill();
    }
    var ms = Math.round(performance.now() - t0);
    canvas.dataset.lines = String(count);
    canvas.dataset.drawMs = String(ms);
    status.textContent = count.toLocaleString() + " partnerships between " + countShown().toLocaleString() + " places drawn in " + ms + " ms" +
      (data.without_coordinates ? " · " + data.without_coordinates + " without coordinates not drawn" : "") +
      " · red: the team's registry, blue: network data";
  }

  function countShown() { var n = 0; for (var i = 0; i < shown.length; i++) n += shown[i]; return n; }

  function buildGrid() {
    grid = {};
    var p = data.places;
    for (var i = 0; i < p.id.length; i++) {
      var k = Math.floor(x(p.lon[i]) / 10) + ":" + Math.floor(y(p.lat[i]) / 10);
      (grid[k] = grid[k] || []).push(i);
    }
  }

  function nearest(px, py) {
    var best = -1, bestD = 64, gx = Math.floor(px / 10), gy = Math.floor(py / 10), p = data.places;
    for (var dx = -1; dx <= 1; dx++) for (var dy = -1; dy <= 1; dy++) {
      (grid[(gx + dx) + ":" + (gy + dy)] || []).forEach(function (i) {
        if (shown && !shown[i]) return;
        var d = Math.pow(x(p.lon[i]) - px, 2) + Math.pow(y(p.lat[i]) - py, 2);
        if (d < bestD) { bestD = d; best = i; }
      });
    }
    return best;
  }

  function pointer(ev) {
    var rect = canvas.getBoundingClientRect();
    return [(ev.clientX - rect.left) * W / rect.width, (ev.clientY - rect.top) * H / rect.height, ev.clientX - rect.left, ev.clientY - rect.top];
  }

  canvas.addEventListener("mousemove", function (ev) {
    if (!data) return;
    var pt = pointer(ev), i = nearest(pt[0], pt[1]);
    if (i < 0) { tip.hidden = true; canvas.style.cursor = ""; return; }
    var p = data.places;
    tip.textContent = p.name[i] + " (" + p.cc[i] + ") · " + p.n[i] + " partner" + (p.n[i] === 1 ? "" : "s");
    tip.style.left = (pt[2] + 12) + "px";
    tip.style.top = (pt[3] + 12) + "px";
    tip.hidden = false;
    canvas.style.cursor = "pointer";
  });
  canvas.addEventListener("mouseleave", function () { tip.hidden = true; });
  canvas.addEventListener("click", function (ev) {
    if (!data) return;
    var pt = pointer(ev), i = nearest(pt[0], pt[1]);
    if (i >= 0) window.location.href = "/places/" + data.places.id[i] + "/";
  });
  countryInput.addEventListener("input", draw);
  registryInput.addEventListener("change", draw);

  Promise.all([
    fetch(canvas.dataset.world).then(function (r) { return r.json(); }).catch(function () { return null; }),
    fetch(canvas.dataset.src, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error("the map data could not be loaded (" + r.status + ")");
      return r.json();
    })
  ]).then(function (res) {
    world = res[0]; data = res[1];
    buildGrid();
    draw();
  }).catch(function (err) { status.textContent = String(err.message || err); });
})();
