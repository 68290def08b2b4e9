using Airs.Examples.Chat;

// dotnet run --project examples/chat
return await ChatDemo.RunAsync(Console.Out);
