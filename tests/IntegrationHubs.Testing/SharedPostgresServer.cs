namespace IntegrationHubs.Testing;

/// <summary>
/// One <see cref="PostgresServer"/> for a test assembly whose collections run side by side: the first fixture to ask
/// starts it, the last one to let go stops it. Each fixture still gets its own database.
/// </summary>
public static class SharedPostgresServer
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresServer? _server;
    private static int _holders;

    public static async Task<PostgresServer> AcquireAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _server ??= await PostgresServer.StartAsync();
            _holders++;
            return _server;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task ReleaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (--_holders == 0 && _server is not null)
            {
                await _server.DisposeAsync();
                _server = null;
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}
