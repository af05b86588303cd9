// The dashboard's charts, drawn from the data the page carries (#charts); each chart's table beside it
// says the same to those who cannot see it, so the canvas is hidden from assistive technologies.
import uPlot from 'uplot';

interface Chart {
  x: number[];
  series: Array<{ label: string; values: Array<number | null> }>;
}

// Colours told apart by people with the common colour-vision deficiencies, each above 3:1 on white.
const COLOURS = ['#1b6a3a', '#b3261e', '#8a5a00', '#3949ab', '#6a1b9a', '#00695c', '#5d4037'];
const DASHES = [[], [6, 3], [2, 3], [8, 3, 2, 3], [4, 4], [1, 2], [10, 4]];

function draw(element: HTMLElement, chart: Chart): uPlot {
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  return new uPlot(
    {
      width: Math.max(280, element.clientWidth),
      height: 240,
      legend: { show: false },
      cursor: { show: !reduced, points: { show: false } },
      scales: { x: { time: true }, y: { range: [0, 100] } },
      axes: [{ stroke: '#1f1f1f' }, { stroke: '#1f1f1f', values: (_, ticks) => ticks.map((tick) => `${tick} %`) }],
      series: [
        {},
        ...chart.series.map((series, index) => ({
          label: series.label,
          stroke: COLOURS[index % COLOURS.length],
          dash: DASHES[index % DASHES.length],
          width: 2,
          points: { show: true },
          spanGaps: false,
        })),
      ],
    },
    [chart.x, ...chart.series.map((series) => series.values)] as uPlot.AlignedData,
    element,
  );
}

function legend(element: HTMLElement, chart: Chart): void {
  const list = document.createElement('ul');
  list.className = 'legend';
  chart.series.forEach((series, index) => {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = `swatch swatch-${index % COLOURS.length}`;
    item.append(swatch, document.createTextNode(series.label));
    list.append(item);
  });
  element.after(list);
}

const data = document.getElementById('charts');
if (data?.textContent) {
  const charts = JSON.parse(data.textContent) as Record<string, Chart>;
  const drawn: Array<[HTMLElement, uPlot]> = [];
  for (const element of document.querySelectorAll<HTMLElement>('[data-chart]')) {
    const chart = charts[element.dataset.chart ?? ''];
    if (!chart) continue;
    drawn.push([element, draw(element, chart)]);
    legend(element, chart);
  }
  let pending = 0;
  addEventListener('resize', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      for (const [element, plot] of drawn) plot.setSize({ width: Math.max(280, element.clientWidth), height: 240 });
    });
  });
}
