using Airs.Cli;

return await AirsCommand.RunAsync(args, Console.Out, Console.Error);
