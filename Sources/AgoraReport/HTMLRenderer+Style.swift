extension HTMLRenderer {
  /// The page's only style sheet, inline: readable on a phone (fluid width, wrapping tables in
  /// scrolling boxes), printable, and with the chart colours.
  static let styleSheet = """
    :root { color-scheme: light; --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb;
      --bar: #2563eb; --comments: #93c5fd; --positive: #16a34a; --neutral: #9ca3af;
      --negative: #dc2626; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: var(--ink); background: #fff; }
    main { max-width: 46rem; margin: 0 auto; padding: 1rem; overflow-wrap: break-word; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0; }
    h2 { font-size: 1.2rem; line-height: 1.3; margin: 2.5rem 0 0.25rem;
      padding-top: 1rem; border-top: 2px solid var(--line); }
    h3 { font-size: 1rem; margin: 1.5rem 0 0.5rem; }
    .meta { color: var(--muted); font-size: 0.9rem; margin: 0.25rem 0; }
    .flag { display: inline-block; background: #fef3c7; color: #92400e; border-radius: 4px;
      padding: 0 0.4rem; }
    .warning { background: #fef3c7; color: #92400e; border-radius: 4px; padding: 0.5rem; }
    .inferred { border-left: 4px solid #a855f7; padding-left: 0.75rem; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.5rem 0; }
    th, td { padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--line); text-align: left;
      vertical-align: top; }
    th:first-child, td:first-child { min-width: 9rem; }
    td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    figure.chart { margin: 0.75rem 0; }
    figure.chart svg { display: block; width: 100%; max-width: 30rem; height: auto; }
    svg text { font: 13px system-ui, sans-serif; fill: var(--ink); }
    svg .value { fill: var(--muted); font-variant-numeric: tabular-nums; }
    svg .track { fill: var(--line); }
    svg .bar, .key.bar { fill: var(--bar); background: var(--bar); }
    svg .comments, .key.comments { fill: var(--comments); background: var(--comments); }
    svg .whisker { stroke: var(--ink); stroke-width: 1.5; fill: none; }
    .positive { fill: var(--positive); background: var(--positive); }
    .neutral { fill: var(--neutral); background: var(--neutral); }
    .negative { fill: var(--negative); background: var(--negative); }
    ul.legend { list-style: none; padding: 0; margin: 0.25rem 0; font-size: 0.85rem;
      display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
    .key { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem;
      vertical-align: -0.1rem; border-radius: 2px; }
    ol.themes { padding-left: 1.25rem; }
    ol.themes > li { margin-bottom: 1rem; }
    blockquote { margin: 0.5rem 0; padding: 0.25rem 0.75rem; border-left: 3px solid var(--line);
      color: #374151; }
    blockquote p { margin: 0; }
    cite { display: block; font-style: normal; color: var(--muted); font-size: 0.85rem; }
    footer { color: var(--muted); font-size: 0.8rem; margin-top: 3rem; }
    """
}
