using Airs.Cli;

// `airs check` and `airs fmt` run here, compiled ahead of time; everything else (including `--help`) is the managed tool's.
return NativeCommands.Serves(args)
    ? await AirsCommand.RunNativeAsync(args, Console.Out, Console.Error)
    : ManagedTool.Run(args, Console.Error);
