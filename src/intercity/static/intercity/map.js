/* Partner maps with Leaflet. Each <div class="map" data-source="ID"> reads its markers from the
   <script type="application/json" id="ID"> written by Django's json_script.

   Tiles: data-tiles (settings.INTERCITY_TILES_URL). Without tiles (offline intranets) the map draws
   a graticule and the Natural Earth 1:110m country outlines shipped in static/intercity/ (public
   domain), three copies side by side so lines across the Pacific stay continuous. */
(function () {
  "use strict";
  var KIND_COLORS = { sister: "#1f5fa8", friendship: "#c2410c", partner: "#6d28d9", pairing: "#0f766e", other: "#6b7280", place: "#b3261e" };
  var worldCache = null;

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function unwrap(lon, ref) {
    while (lon - ref > 180) lon -= 360;
    while (lon - ref < -180) lon += 360;
    return lon;
  }

  // Points along the great circle from a to b ([lat, lon] in degrees), longitudes kept continuous.
  function greatCircle(a, b, n) {
    var rad = Math.PI / 180, deg = 180 / Math.PI;
    function vec(p) { var la = p[0] * rad, lo = p[1] * rad; return [Math.cos(la) * Math.cos(lo), Math.cos(la) * Math.sin(lo), Math.sin(la)]; }
    var va = vec(a), vb = vec(b);
    var dot = Math.max(-1, Math.min(1, va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2]));
    var omega = Math.acos(dot);
    if (omega < 1e-6) return [a, b];
    var pts = [], prev = a[1];
    for (var i = 0; i <= n; i++) {
      var t = i / n, s1 = Math.sin((1 - t) * omega) / Math.sin(omega), s2 = Math.sin(t * omega) / Math.sin(omega);
      var x = s1 * va[0] + s2 * vb[0], y = s1 * va[1] + s2 * vb[1], z = s1 * va[2] + s2 * vb[2];
      var lat = Math.atan2(z, Math.sqrt(x * x + y * y)) * deg, lon = unwrap(Math.atan2(y, x) * deg, prev);
      prev = lon;
      pts.push([lat, lon]);
    }
    return pts;
  }

  function graticule(map, center) {
    var style = { color: "#b7c8d9", weight: 0.6, opacity: 0.8, interactive: false };
    var west = center - 540, east = center + 540;
    for (var lat = -60; lat <= 80; lat += 20) L.polyline([[lat, west], [lat, east]], style).addTo(map);
    for (var lon = Math.ceil(west / 30) * 30; lon <= east; lon += 30) L.polyline([[-85, lon], [85, lon]], style).addTo(map);
    L.polyline([[0, west], [0, east]], { color: "#9fb4ca", weight: 1, interactive: false }).addTo(map);
  }

  function addWorld(map, geo, countries) {
    var highlight = {};
    (countries || []).forEach(function (c) { highlight[c] = true; });
    [-360, 0, 360].forEach(function (offset) {
      L.geoJSON(geo, {
        interactive: false,
        coordsToLatLng: function (c) { return L.latLng(c[1], c[0] + offset); },
        style: function (f) {
          var on = highlight[f.properties.iso];
          return { color: "#9aa8b5", weight: 0.6, fillColor: on ? "#f3e2c4" : "#f7f6f2", fillOpacity: 1 };
        }
      }).addTo(map).bringToBack();
    });
  }

  function popup(p) {
    var html = '<strong><a href="' + esc(p.url) + '">' + esc(p.name) + "</a></strong>";
    if (p.name_ko) html += ' <span lang="ko">' + esc(p.name_ko) + "</span>";
    html += "<br>" + esc(p.country);
    if (p.kind_label) html += " · " + esc(p.kind_label) + (p.sequence ? " #" + esc(p.sequence) : "");
    if (p.since) html += " · since " + esc(p.since);
    return html;
  }

  function initMap(el) {
    var data = JSON.parse(document.getElementById(el.dataset.source).textContent);
    var tiles = el.dataset.tiles || "";
    var home = data.home;
    var center = home ? home.lon : (data.partners[0] ? data.partners[0].lon : 0);
    var map = L.map(el, { minZoom: 1, maxZoom: tiles ? 18 : 8, zoomSnap: 0.25, worldCopyJump: false, attributionControl: !!tiles });
    if (tiles) {
      L.tileLayer(tiles, { attribution: el.dataset.attribution || "", maxZoom: 18 }).addTo(map);
    } else {
      graticule(map, center);
      var draw = function (geo) { addWorld(map, geo, data.countries); };
      if (worldCache) draw(worldCache);
      else fetch(el.dataset.world).then(function (r) { return r.json(); }).then(function (geo) { worldCache = geo; draw(geo); })
        .catch(function () { /* the graticule and markers still show */ });
    }
    var points = [], markers = 0;
    var lineLayer = L.layerGroup().addTo(map), markerLayer = L.layerGroup().addTo(map);
    data.partners.forEach(function (p) {
      var at = [p.lat, home ? unwrap(p.lon, center) : p.lon];
      if (home) {
        var arc = greatCircle([home.lat, home.lon], [p.lat, p.lon], 48);
        at = arc[arc.length - 1];
        L.polyline(arc, { color: KIND_COLORS[p.kind] || "#6b7280", weight: 1.2, opacity: 0.45, interactive: false }).addTo(lineLayer);
      }
      var m = L.circleMarker(at, { radius: 6, color: "#fff", weight: 1.5, fillColor: KIND_COLORS[p.kind] || "#6b7280", fillOpacity: 0.95 });
      m.bindPopup(popup(p));
      m.bindTooltip(esc(p.name), { direction: "top", offset: [0, -6], className: el.dataset.labels ? "place-label" : "", permanent: !!el.dataset.labels });
      m.addTo(markerLayer);
      points.push(at);
      markers++;
    });
    if (home) {
      var h = L.circleMarker([home.lat, home.lon], { radius: 9, color: "#fff", weight: 2, fillColor: "#14324f", fillOpacity: 1 });
      h.bindPopup(popup(home)).bindTooltip(esc(home.name), { direction: "top", offset: [0, -8], permanent: true, className: "place-label" });
      h.addTo(markerLayer);
      points.push([home.lat, home.lon]);
    }
    if (points.length > 1) map.fitBounds(L.latLngBounds(points), { padding: [30, 30], maxZoom: 6 });
    else if (points.length === 1) map.setView(points[0], 5);
    else map.setView([20, center], 1.5);
    el.dataset.markers = String(markers);
    el.dataset.ready = "1";
  }

  function initAll() {
    document.querySelectorAll(".map[data-source]").forEach(function (el) {
      if (!el.dataset.ready) initMap(el);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initAll);
  else initAll();
})();
