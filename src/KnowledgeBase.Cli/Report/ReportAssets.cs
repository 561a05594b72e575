namespace KnowledgeBase.Cli
{
    /// <summary>The report's inline style and scripts: the page fetches nothing.</summary>
    internal static class ReportAssets
    {
        public const string Style = """
            body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1320px; padding: 0 16px 40px; color: #222; }
            header { border-bottom: 1px solid #ccc; margin-bottom: 8px; }
            h1 { font-size: 24px; margin: 16px 0 4px; } h2 { font-size: 20px; margin: 28px 0 8px; border-bottom: 1px solid #eee; }
            h3 { font-size: 16px; margin: 10px 0 2px; }
            nav a { margin-right: 14px; } #page-status { color: #666; font-size: 13px; } #script-errors { color: #b00; font-weight: bold; }
            svg { display: block; max-width: 100%; height: auto; background: #fcfcfc; border: 1px solid #eee; }
            .axis, .tick { stroke: #888; } .more { font-size: 10px; text-anchor: middle; fill: #555; } .tick-label { font-size: 11px; text-anchor: middle; fill: #555; }
            .dot { stroke: #333; stroke-width: 0.5; } .dot.undated { fill: #fff !important; stroke-dasharray: 2 1.5; stroke-width: 1.2; }
            .dot.q0 { fill: #9e9e9e; } .dot.q1 { fill: #4caf50; } .dot.q2 { fill: #1e88e5; } .dot.q3 { fill: #fb8c00; } .dot.q4 { fill: #e53935; }
            .key.q0 { background: #9e9e9e; } .key.q1 { background: #4caf50; } .key.q2 { background: #1e88e5; } .key.q3 { background: #fb8c00; } .key.q4 { background: #e53935; }
            .dot.undated.q1 { stroke: #4caf50; } .dot.undated.q2 { stroke: #1e88e5; } .dot.undated.q3 { stroke: #fb8c00; } .dot.undated.q4 { stroke: #e53935; }
            .key { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 3px 0 10px; border: 1px solid #333; }
            .key.undated { background: #fff; border-style: dashed; }
            .legend { font-size: 13px; color: #555; }
            .edge { stroke: #90a4ae; stroke-opacity: 0.6; } .edge.picked { stroke: #d81b60; stroke-opacity: 1; }
            .node circle { stroke: #fff; stroke-width: 1.5; cursor: pointer; } .node text { font-size: 11px; fill: #222; }
            .node.person circle, .key.person { fill: #3949ab; background: #3949ab; }
            .node.organization circle, .key.organization { fill: #f4511e; background: #f4511e; }
            .node.picked circle { stroke: #d81b60; stroke-width: 3; }
            ul.people { list-style: none; padding: 0; columns: 2 560px; } li.person { break-inside: avoid; margin-bottom: 8px; }
            .aliases, .counts, .source, .who, .file { color: #666; font-size: 13px; font-weight: normal; }
            .counts, .who { margin: 0; }
            blockquote { margin: 4px 0 4px 12px; padding: 2px 8px; border-left: 3px solid #ddd; }
            mark { background: #fff176; padding: 0 1px; }
            ul.quotes { padding-left: 8px; list-style: none; } .source { margin: 0 0 6px 20px; }
            ol.events > li { margin-bottom: 10px; border-left: 4px solid; padding-left: 8px; }
            ol.events > li.q0 { border-color: #9e9e9e; } ol.events > li.q1 { border-color: #4caf50; } ol.events > li.q2 { border-color: #1e88e5; }
            ol.events > li.q3 { border-color: #fb8c00; } ol.events > li.q4 { border-color: #e53935; }
            .date { font-weight: bold; } .date.undated { font-weight: normal; font-style: italic; color: #8d6e63; border: 1px dashed #8d6e63; padding: 0 4px; }
            .cameo { font-family: ui-monospace, monospace; font-size: 13px; background: #f1f1f1; padding: 0 4px; }
            .evidence .file { margin-left: 8px; }
            .empty { color: #666; font-style: italic; }
            """;

        /// <summary>First in the page: any script error is written into the page, where a reader (or a test) sees it.</summary>
        public const string ErrorScript = """
            window.kbErrors = [];
            window.onerror = function (message, source, line) {
              window.kbErrors.push(String(message) + ' (line ' + line + ')');
              var box = document.getElementById('script-errors');
              if (box) box.textContent = 'Script error: ' + window.kbErrors.join('; ');
              var status = document.getElementById('script-status');
              if (status) status.textContent = 'failed';
            };
            """;

        /// <summary>Last in the page: counts what the page shows, and lets a click on a network dot pick out its links.</summary>
        public const string PageScript = """
            (function () {
              document.getElementById('shown-events').textContent = String(document.querySelectorAll('ol.events > li.event').length);
              document.getElementById('shown-people').textContent = String(document.querySelectorAll('ul.people > li.person').length);
              var svg = document.getElementById('network-svg');
              if (svg) svg.addEventListener('click', function (event) {
                var node = event.target.closest('.node');
                var picked = node ? node.getAttribute('data-node') : null;
                svg.querySelectorAll('.node').forEach(function (n) { n.classList.toggle('picked', n === node); });
                svg.querySelectorAll('.edge').forEach(function (edge) {
                  edge.classList.toggle('picked', picked !== null && (edge.getAttribute('data-a') === picked || edge.getAttribute('data-b') === picked));
                });
              });
              if (window.kbErrors.length === 0) document.getElementById('script-status').textContent = 'ok';
            })();
            """;
    }
}
