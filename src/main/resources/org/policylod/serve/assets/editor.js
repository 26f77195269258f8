// Starts YASGUI on the editor page (/sparql). Its settings come from the page's data-config:
// the endpoint, the base namespace, the dataset's prefixes, the first query and the examples.
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  var config = JSON.parse(root.getAttribute("data-config"));
  var endpoint = new URL(config.endpoint, window.location.href).href;

  // Only completers that work offline: the others ask prefix.cc and LOV on the internet.
  Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter(function (name) {
    return name === "variables";
  });

  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: null,
    populateFromUrl: false,
    yasqe: { value: config.query },
    yasr: { prefixes: config.prefixes, defaultPlugin: "table" }
  });
  var tab = yasgui.getTab();
  tab.setQuery(config.query);

  // IRIs minted under the base are dereferenced by this server: /id/x stands for <BASE id/x>.
  // YASR links every IRI to itself in a new window; ours go to their page here, in this window.
  function localise(anchor) {
    var href = anchor.getAttribute("href");
    if (href && href.indexOf(config.base) === 0 && href.length > config.base.length) {
      anchor.setAttribute("href", "/" + href.substring(config.base.length));
      anchor.removeAttribute("target");
    }
  }
  new MutationObserver(function () {
    root.querySelectorAll("a[href^='" + config.base + "']").forEach(localise);
  }).observe(root, { childList: true, subtree: true });

  function current() {
    return yasgui.getTab().getQuery();
  }
  ["csv", "json"].forEach(function (output) {
    var link = document.getElementById("download-" + output);
    link.addEventListener("click", function () {
      link.setAttribute("href", config.endpoint + "?query=" + encodeURIComponent(current()) + "&output=" + output);
    });
  });

  document.querySelectorAll("#examples button.example").forEach(function (button) {
    button.addEventListener("click", function () {
      var example = config.examples[Number(button.getAttribute("data-index"))];
      var t = yasgui.getTab();
      t.setQuery(example.query);
      t.query();
    });
  });
  window.policyLodEditor = yasgui;
})();
