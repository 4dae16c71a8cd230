using Remedy.Cli;

return CliApplication.Run(args, Console.Out, Console.Error);
