using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace IntegrationHubs.Testing;

/// <summary>
/// Makes the app's next database command(s) whose SQL contains a given text fail as PostgreSQL would when it is restarting
/// (a transient error), so a test can prove what is retried. Does nothing unless armed.
/// </summary>
public sealed class DatabaseFaults : DbCommandInterceptor
{
    private string? _sqlContains;
    private int _remaining;

    /// <summary>The next <paramref name="times"/> commands containing <paramref name="sqlContains"/> fail.</summary>
    public void FailNext(string sqlContains, int times = 1)
    {
        _remaining = times;
        _sqlContains = sqlContains;
    }

    public void Disarm() => _sqlContains = null;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Fail(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fail(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Fail(DbCommand command)
    {
        if (_sqlContains is { } text && command.CommandText.Contains(text, StringComparison.OrdinalIgnoreCase)
            && Interlocked.Decrement(ref _remaining) >= 0)
        {
            throw new PostgresException("the database system is starting up (injected by the test)", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow);
        }
    }
}
