using IntegrationHubs.Web.Features.Account;
using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Admin;

/// <summary>The admin's appoint form: which municipality, and the address of an existing account.</summary>
public sealed class AppointViewerForm
{
    public Guid? MunicipalityId { get; set; }
    public string? Email { get; set; }

    public sealed class Validator : AbstractValidator<AppointViewerForm>
    {
        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.MunicipalityId).NotNull().WithMessage(_ => l["Admin.Viewers.Validation.MunicipalityRequired"]);
            RuleFor(x => x.Email).Cascade(CascadeMode.Stop)
                .Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage(_ => l["Admin.Viewers.Validation.EmailRequired"])
                .PlausibleEmail(l);
        }
    }
}

/// <summary>
/// A network admin appoints the owner of an existing, confirmed account as viewer of a municipality's
/// aggregate figures. Appointing someone twice changes nothing and says so.
/// </summary>
public sealed class AppointViewer(
    IDbContextFactory<HubsDbContext> dbFactory,
    HubAuthorizer authorizer,
    IValidator<AppointViewerForm> validator,
    ILookupNormalizer normalizer,
    TimeProvider time)
{
    /// <summary>Shown at the email field: no confirmed account has that address.</summary>
    public const string UnknownAccount = "Admin.Viewers.UnknownAccount";

    public enum Outcome
    {
        Appointed,
        AlreadyAppointed,
    }

    public sealed record Result(Outcome Outcome, string DisplayName);

    public async Task<Result> HandleAsync(AppointViewerForm form, CancellationToken ct = default)
    {
        var actorId = await authorizer.RequireNetworkAdminAsync();
        await validator.ValidateAndThrowAsync(form, ct);
        var municipalityId = form.MunicipalityId!.Value;
        var email = normalizer.NormalizeEmail(form.Email!.Trim());
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        if (!await db.Municipalities.AnyAsync(m => m.Id == municipalityId, ct))
        {
            throw new NotFoundException();
        }

        // An unconfirmed address proves nothing about who holds it: such an account is treated as unknown.
        var user = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == email && u.EmailConfirmed)
            .Select(u => new { u.Id, u.DisplayName })
            .SingleOrDefaultAsync(ct) ?? throw new DomainException(UnknownAccount);

        if (await db.MunicipalityViewers.AnyAsync(v => v.UserId == user.Id && v.MunicipalityId == municipalityId, ct))
        {
            return new Result(Outcome.AlreadyAppointed, user.DisplayName);
        }

        var now = time.GetUtcNow();
        db.MunicipalityViewers.Add(new MunicipalityViewer { UserId = user.Id, MunicipalityId = municipalityId, AppointedAt = now });
        db.AuditEntries.Add(ViewerAudit.Entry(actorId, AuditActions.ViewerAppointed, municipalityId, user.Id, now));
        await db.SaveChangesAsync(ct);
        return new Result(Outcome.Appointed, user.DisplayName);
    }
}

/// <summary>A network admin ends a person's appointment as viewer of a municipality.</summary>
public sealed class RemoveViewer(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public async Task HandleAsync(Guid municipalityId, Guid userId, CancellationToken ct = default)
    {
        var actorId = await authorizer.RequireNetworkAdminAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var viewer = await db.MunicipalityViewers.SingleOrDefaultAsync(v => v.UserId == userId && v.MunicipalityId == municipalityId, ct)
            ?? throw new NotFoundException();

        db.MunicipalityViewers.Remove(viewer);
        db.AuditEntries.Add(ViewerAudit.Entry(actorId, AuditActions.ViewerRemoved, municipalityId, userId, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }
}

internal static class ViewerAudit
{
    /// <summary>A network-level entry (no hub): the record is the municipality, the detail the viewer's id — never a name or address.</summary>
    public static AuditEntry Entry(Guid actorId, string action, Guid municipalityId, Guid viewerId, DateTimeOffset at) => new()
    {
        HubId = null,
        ActorUserId = actorId,
        Action = action,
        EntityType = nameof(MunicipalityViewer),
        EntityId = municipalityId.ToString(),
        Detail = viewerId.ToString(),
        At = at,
    };
}
