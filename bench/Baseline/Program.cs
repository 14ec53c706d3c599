// The fastest this machine serves the same bytes: a minimal endpoint writing a file read once at start.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var body = await File.ReadAllBytesAsync(Environment.GetEnvironmentVariable("BASELINE_FILE") ?? throw new InvalidOperationException("BASELINE_FILE is not set."));
var type = Environment.GetEnvironmentVariable("BASELINE_TYPE") ?? "application/json";
app.MapGet("/", () => Results.Bytes(body, type));
await app.RunAsync();
