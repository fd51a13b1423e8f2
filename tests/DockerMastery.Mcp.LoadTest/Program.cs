using DockerMastery.Mcp.LoadTest;

// A bounded load test of the built server over Streamable HTTP on 127.0.0.1. See LoadRun.
return await LoadRun.MainAsync(args).ConfigureAwait(false);
