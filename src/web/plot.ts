/**
 * Observable Plot, loaded on the pages that draw charts (not on the first page). Plot puts a
 * <style> element in every chart and legend; the API's Content-Security-Policy (no inline styles)
 * would block it, so those elements are dropped and styles.css carries the same rules for the
 * fixed class name "lsplot".
 */
export type PlotModule = typeof import('@observablehq/plot');
let plot: Promise<PlotModule> | null = null;

export const loadPlot = (): Promise<PlotModule> =>
  (plot ??= import('@observablehq/plot').then((mod) => {
    const draw = ((options: Parameters<PlotModule['plot']>[0]) => {
      const node = mod.plot({ className: 'lsplot', ...options });
      for (const s of node.querySelectorAll('style')) s.remove();
      return node;
    }) as PlotModule['plot'];
    return { ...mod, plot: draw };
  }));

/** Width for a chart inside a card: about a card of the two-column grid, narrower at phone width. */
export const chartWidth = (): number => Math.max(300, Math.min(640, window.innerWidth - 56));
