using Airs.Cli;

// `airs check`, `fmt` and `test` (interpreted) run here, compiled ahead of time; everything else, `--help` included, is the managed tool's.
return NativeCommands.Serves(args)
    ? await AirsCommand.RunNativeAsync(args, Console.Out, Console.Error)
    : ManagedTool.Run(args, Console.Error);
