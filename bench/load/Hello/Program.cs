// The floor of the HTTP path: the same slim builder, loopback binding and keep-alive as `airs serve`, and a handler
// that reads nothing and answers a constant. Usage: dotnet Airs.Bench.Hello.dll --urls http://127.0.0.1:PORT
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var app = builder.Build();
app.MapGet("/hello", () => "hello");
app.MapPost("/hello", () => "hello");
app.Run();
