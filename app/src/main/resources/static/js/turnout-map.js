// The turnout map: CBS boundaries (no background tiles), coloured by the figure chosen in the select, with the
// stations as points and a legend. On the planning page a click places the proposed station: it fills the
// coordinates of the place chosen in "Een klik op de kaart vult". The same figures are in the table on the page.
(function () {
  "use strict";

  // the same five colours as .sw-legend__swatch--0 … --4 in turnout.css (inline styles are not allowed by the CSP)
  var COLOURS = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"];

  function textNode(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span;
  }

  function legendLine(parent, swatchClass, text) {
    var line = document.createElement("div");
    if (swatchClass) {
      var swatch = document.createElement("span");
      swatch.className = swatchClass;
      line.appendChild(swatch);
      line.appendChild(document.createTextNode(" "));
    }
    line.appendChild(document.createTextNode(text));
    parent.appendChild(line);
  }
  var UNKNOWN = "#d9d9d9";

  function format(value, option) {
    if (option.getAttribute("data-percent") === "true") {
      return (value * 100).toLocaleString("nl-NL", { maximumFractionDigits: 1 }) + "%";
    }
    return value.toLocaleString("nl-NL", { maximumFractionDigits: 2 });
  }

  function breaks(values) {
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    var result = [];
    for (var i = 1; i < COLOURS.length; i++) {
      result.push(sorted[Math.min(sorted.length - 1, Math.floor(i * sorted.length / COLOURS.length))]);
    }
    return result;
  }

  function classOf(value, limits) {
    var k = 0;
    while (k < limits.length && value > limits[k]) { k++; }
    return k;
  }

  function init(container) {
    var map = L.map(container, { zoomControl: false, attributionControl: true });
    L.control.zoom({ zoomInTitle: "Inzoomen", zoomOutTitle: "Uitzoomen" }).addTo(map);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Grenzen: CBS, Kadaster (CC-BY-4.0)");
    var select = document.querySelector("[data-map-measure]");
    var legend = L.control({ position: "bottomright" });
    var areaLayer = null;
    var areas = null;

    legend.onAdd = function () {
      this.element = L.DomUtil.create("div", "sw-legend");
      return this.element;
    };
    legend.addTo(map);

    function colour() {
      if (!areas) { return; }
      var option = select.options[select.selectedIndex];
      var measure = option.value;
      var values = areas.features.map(function (f) { return f.properties[measure]; })
        .filter(function (v) { return v !== null && v !== undefined; });
      var limits = breaks(values.length ? values : [0]);
      areaLayer.setStyle(function (feature) {
        var value = feature.properties[measure];
        var known = value !== null && value !== undefined;
        return {
          color: "#333", weight: 1, fillOpacity: 0.75, dashArray: known ? null : "3",
          fillColor: known ? COLOURS[classOf(value, limits)] : UNKNOWN
        };
      });
      areaLayer.eachLayer(function (layer) {
        var p = layer.feature.properties;
        var value = p[measure];
        var text = (p.naam || p.code) + ": " + (value === null || value === undefined
          ? "onbekend" + (p[measure + "Waarom"] ? " – " + p[measure + "Waarom"] : "")
          : format(value, option));
        layer.bindTooltip(textNode(text), { sticky: true });
      });
      var element = legend.element;
      element.textContent = "";
      var title = document.createElement("strong");
      title.textContent = option.getAttribute("data-legend");
      element.appendChild(title);
      if (values.length) {
        var lower = Math.min.apply(null, values);
        var upper = Math.max.apply(null, values);
        for (var i = 0; i < COLOURS.length; i++) {
          var from = i === 0 ? lower : limits[i - 1];
          var to = i < limits.length ? limits[i] : upper;
          legendLine(element, "sw-legend__swatch sw-legend__swatch--" + i, format(from, option) + " – " + format(to, option));
        }
      }
      legendLine(element, "sw-legend__swatch sw-legend__swatch--unknown", "onbekend");
      legendLine(element, "sw-legend__dot", "stembureau");
    }

    fetch(container.getAttribute("data-areas-url"), { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (geojson) {
        areas = geojson;
        areaLayer = L.geoJSON(geojson).addTo(map);
        if (areaLayer.getBounds().isValid()) { map.fitBounds(areaLayer.getBounds()); }
        colour();
        return fetch(container.getAttribute("data-stations-url"), { credentials: "same-origin" });
      })
      .then(function (response) { return response.json(); })
      .then(function (stations) {
        L.geoJSON(stations, {
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, { radius: 5, color: "#000", weight: 1, fillColor: "#f5a300", fillOpacity: 1 })
              .bindTooltip(textNode(feature.properties.nummer + " " + feature.properties.naam));
          }
        }).addTo(map);
      });
    select.addEventListener("change", colour);

    if (container.getAttribute("data-what-if") === "true") {
      var markers = {};
      var target = document.querySelector("[data-map-click-target]");
      map.on("click", function (event) {
        var stop = target ? target.value : "1";
        var lat = document.getElementById("plek" + stop + "-lat");
        var lon = document.getElementById("plek" + stop + "-lon");
        var buurt = document.getElementById("plek" + stop + "-buurt");
        lat.value = event.latlng.lat.toFixed(6);
        lon.value = event.latlng.lng.toFixed(6);
        if (buurt) { buurt.value = ""; }
        if (markers[stop]) { map.removeLayer(markers[stop]); }
        markers[stop] = L.marker(event.latlng, { title: "Nieuw stembureau, plek " + stop, alt: "Nieuw stembureau, plek " + stop })
          .addTo(map);
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (typeof L === "undefined") { return; }
    document.querySelectorAll("#kaart").forEach(init);
  });
})();
