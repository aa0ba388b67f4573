// One benchmark figure: printed as `name value unit target` and saved to out/bench/bench-results.json.
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}
