using FluentValidation;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Initiatives;

/// <summary>The proposal form, shared by the page, the validator and the handler.</summary>
public sealed class InitiativeForm
{
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public InitiativeCategory Category { get; set; } = InitiativeCategory.CommunityEvent;
    public List<string> Languages { get; set; } = [];
    public InitiativeNeeds Needs { get; set; }

    public sealed class Validator : AbstractValidator<InitiativeForm>
    {
        private const InitiativeNeeds AllNeeds = InitiativeNeeds.Space | InitiativeNeeds.Mentoring | InitiativeNeeds.Funding
            | InitiativeNeeds.Materials | InitiativeNeeds.LanguageSupport;

        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.Title).NotEmpty().WithMessage(_ => l["Initiatives.Validation.TitleRequired"]);
            RuleFor(x => x.Title).Must(t => t is null || t.Trim().Length <= Initiative.TitleMaxLength)
                .WithMessage(_ => l["Initiatives.Validation.TitleTooLong", Initiative.TitleMaxLength]);
            RuleFor(x => x.Summary).Must(s => s is null || s.Trim().Length <= Initiative.SummaryMaxLength)
                .WithMessage(_ => l["Initiatives.Validation.SummaryTooLong", Initiative.SummaryMaxLength]);
            RuleFor(x => x.Category).IsInEnum().WithMessage(_ => l["Initiatives.Validation.UnknownCategory"]);
            RuleFor(x => x.Languages).Must(codes => codes.All(LanguageCatalog.IsKnown))
                .WithMessage(_ => l["Initiatives.Validation.UnknownLanguage"]);
            RuleFor(x => x.Languages).Must(codes => codes.Distinct().Count() <= Initiative.MaxLanguages)
                .WithMessage(_ => l["Initiatives.Validation.TooManyLanguages", Initiative.MaxLanguages]);
            RuleFor(x => x.Needs).Must(n => (n & ~AllNeeds) == 0).WithMessage(_ => l["Initiatives.Validation.UnknownNeed"]);
        }
    }
}

/// <summary>An active member starts a draft, or its creator changes it while it is a draft or sent back for changes.</summary>
public sealed class SaveInitiativeDraft(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IValidator<InitiativeForm> validator, TimeProvider time)
{
    /// <param name="Id">Null for a new draft.</param>
    /// <param name="Version">The version the person edited; ignored for a new draft.</param>
    public sealed record Command(Guid? Id, uint Version, InitiativeForm Form);

    public async Task<InitiativeResult> HandleAsync(Command command, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await validator.ValidateAndThrowAsync(command.Form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        Initiative initiative;
        if (command.Id is { } id)
        {
            initiative = await db.Initiatives.SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException();
            if (!initiative.IsVisibleTo(userId))
            {
                throw new NotFoundException();
            }

            if (initiative.Version != command.Version)
            {
                return InitiativeResult.Refused(InitiativeResult.ChangedMeanwhileKey);
            }

            db.Entry(initiative).Property(i => i.Version).OriginalValue = command.Version;
        }
        else
        {
            initiative = Initiative.StartDraft(userId, time.GetUtcNow());
            db.Initiatives.Add(initiative);
        }

        try
        {
            var form = command.Form;
            initiative.Edit(userId, form.Title, form.Summary ?? "", form.Category, form.Languages, form.Needs);
            await db.SaveChangesAsync(ct);
            return InitiativeResult.Done(initiative.Id);
        }
        catch (DomainException refused)
        {
            return InitiativeResult.Refused(refused.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            return InitiativeResult.Refused(InitiativeResult.ChangedMeanwhileKey);
        }
    }
}
