using RunnerGen.Cli;
using RunnerGen.Cli.Commands;

return CliApp.Run(args, new CliContext(Console.Out, Console.Error, Environment.CurrentDirectory)
{
    Color = Paint.Wanted(Console.IsOutputRedirected || Console.IsErrorRedirected, Environment.GetEnvironmentVariable),
});
