using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace IntegrationHubs.Web.Data;

/// <summary>
/// An explicit transaction under the context's execution strategy. The strategy retries transient database failures
/// (a restarted server, a dropped connection, a serialization failure); with it, a transaction begun outside the strategy
/// is refused by EF at once, and one begun inside must be re-run whole. So the work is one delegate, begun afresh on each
/// attempt, and what an attempt that failed had tracked is forgotten before the next (else its inserts would be saved twice).
/// </summary>
public static class Transactions
{
    /// <param name="work">Reads and writes under the transaction and commits it; returning without a commit rolls back.</param>
    public static Task<T> InTransactionAsync<T>(this HubsDbContext db, Func<IDbContextTransaction, Task<T>> work, CancellationToken ct,
        IsolationLevel? isolation = null)
    {
        var attempt = 0;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            if (attempt++ > 0)
            {
                db.ChangeTracker.Clear();
            }

            await using var transaction = isolation is { } level
                ? await db.Database.BeginTransactionAsync(level, token)
                : await db.Database.BeginTransactionAsync(token);
            return await work(transaction);
        }, ct);
    }
}
