/** The slice of autocannon's API the bench uses (the package ships no types). */
declare module "autocannon" {
  type Client = { setHeaders(headers: Record<string, string>): void };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    setupClient?: (client: Client) => void;
    maxOverallRequests?: number;
    requests?: RequestSpec[];
  };
  type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer };
  type RequestSpec = RawRequest & {
    /** Called for every request this entry sends; returns the request to send. */
    setupRequest?: (req: RawRequest, context: Record<string, unknown>) => RawRequest;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
  };
  type Histogram = { average: number; mean: number; p50: number; p90: number; p97_5: number; p99: number; max: number; total: number };
  type Result = {
    latency: Histogram;
    requests: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats?: Record<string, { count: number }>;
  };
  type Instance = Promise<Result> & {
    on(event: "response", fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
    stop(): void;
  };
  function autocannon(opts: Options): Instance;
  export default autocannon;
}
