using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IntegrationHubs.Web.Data;

/// <summary>
/// A create that a double click or a retry can repeat (decision 0028): the form instance carries the new row's id, the
/// handler inserts with it, and a second submit of the same instance finds the row instead of saving another. When both
/// run at once the primary key decides, and this tells that refusal from any other.
/// </summary>
public static class RepeatedCreate
{
    /// <summary>The insert lost to a row with the same primary key: the same form was saved meanwhile.</summary>
    public static bool IsSameKey(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && postgres.ConstraintName?.StartsWith("pk_", StringComparison.Ordinal) == true;
}
