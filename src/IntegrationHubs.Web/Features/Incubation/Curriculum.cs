using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Incubation;

/// <summary>The module form: German texts required (title and milestone), English ones optional.</summary>
public sealed class CurriculumModuleForm
{
    public string Title { get; set; } = "";
    public string Goals { get; set; } = "";
    public string Milestone { get; set; } = "";
    public string? TitleEn { get; set; }
    public string? GoalsEn { get; set; }
    public string? MilestoneEn { get; set; }

    public ModuleText ToText() => new(Title, Goals ?? "", Milestone, TitleEn, GoalsEn, MilestoneEn);

    public static CurriculumModuleForm From(ModuleText text) => new()
    {
        Title = text.Title, Goals = text.Goals, Milestone = text.Milestone, TitleEn = text.TitleEn, GoalsEn = text.GoalsEn, MilestoneEn = text.MilestoneEn,
    };

    public sealed class Validator : AbstractValidator<CurriculumModuleForm>
    {
        private static bool Short(string? text) => text is null || text.Trim().Length <= ModuleText.TextMaxLength;

        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.Title).NotEmpty().WithMessage(_ => l["Curriculum.Validation.TitleRequired"]);
            RuleFor(x => x.Milestone).NotEmpty().WithMessage(_ => l["Curriculum.Validation.MilestoneRequired"]);
            RuleFor(x => x.Title).Must(t => t is null || t.Trim().Length <= ModuleText.TitleMaxLength)
                .WithMessage(_ => l["Curriculum.Validation.TooLong", ModuleText.TitleMaxLength]);
            RuleFor(x => x.TitleEn).Must(t => t is null || t.Trim().Length <= ModuleText.TitleMaxLength)
                .WithMessage(_ => l["Curriculum.Validation.TooLong", ModuleText.TitleMaxLength]);
            RuleFor(x => x.Goals).Must(Short).WithMessage(_ => l["Curriculum.Validation.TooLong", ModuleText.TextMaxLength]);
            RuleFor(x => x.Milestone).Must(Short).WithMessage(_ => l["Curriculum.Validation.TooLong", ModuleText.TextMaxLength]);
            RuleFor(x => x.GoalsEn).Must(Short).WithMessage(_ => l["Curriculum.Validation.TooLong", ModuleText.TextMaxLength]);
            RuleFor(x => x.MilestoneEn).Must(Short).WithMessage(_ => l["Curriculum.Validation.TooLong", ModuleText.TextMaxLength]);
        }
    }
}

/// <summary>The hub's curriculum in order, for its coordinators.</summary>
public sealed class ListCurriculum(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Item(Guid Id, int Position, ModuleText Text);

    public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.Manage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CurriculumModules.AsNoTracking().OrderBy(m => m.Position)
            .Select(m => new Item(m.Id, m.Position, m.Text)).ToListAsync(ct);
    }
}

/// <summary>A coordinator changes the hub's curriculum: adds, edits, moves or removes a module. Cohorts keep their copies.</summary>
public sealed class ChangeCurriculum(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IValidator<CurriculumModuleForm> validator, TimeProvider time)
{
    /// <param name="Id">Null adds a module at the end.</param>
    public async Task<InitiativeResult> SaveAsync(Guid? id, CurriculumModuleForm form, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(form, ct);
        return await ChangeAsync(modules =>
        {
            var text = form.ToText().Checked();
            if (id is null)
            {
                if (modules.Count >= CurriculumModule.MaxModules)
                {
                    throw new DomainException("Curriculum.TooMany");
                }

                var added = new CurriculumModule { Position = modules.Count, Text = text };
                modules.Add(added);
                return (added, true);
            }

            var module = modules.SingleOrDefault(m => m.Id == id) ?? throw new NotFoundException();
            module.Text = text;
            return (module, false);
        }, ct);
    }

    /// <param name="by">-1 moves the module up, +1 down.</param>
    public Task<InitiativeResult> MoveAsync(Guid id, int by, CancellationToken ct = default) =>
        ChangeAsync(modules =>
        {
            CurriculumOrder.Move(modules, id, by);
            return (modules.Single(m => m.Id == id), false);
        }, ct);

    public Task<InitiativeResult> RemoveAsync(Guid id, CancellationToken ct = default) =>
        ChangeAsync(modules =>
        {
            var module = modules.SingleOrDefault(m => m.Id == id) ?? throw new NotFoundException();
            modules.Remove(module);
            CurriculumOrder.Renumber(modules.OrderBy(m => m.Position));
            return (module, false);
        }, ct, remove: id);

    private async Task<InitiativeResult> ChangeAsync(Func<List<CurriculumModule>, (CurriculumModule Module, bool Added)> change, CancellationToken ct, Guid? remove = null)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var modules = await db.CurriculumModules.OrderBy(m => m.Position).ToListAsync(ct);
        try
        {
            var (module, added) = change(modules);
            if (added)
            {
                db.CurriculumModules.Add(module);
            }

            if (remove is not null)
            {
                db.CurriculumModules.Remove(module);
            }

            db.AuditEntries.Add(new AuditEntry
            {
                HubId = hub.Id, ActorUserId = userId, At = time.GetUtcNow(), Action = AuditActions.CurriculumChanged,
                EntityType = nameof(CurriculumModule), EntityId = module.Id.ToString(),
            });
            await db.SaveChangesAsync(ct);
            return InitiativeResult.Done(module.Id);
        }
        catch (DomainException refused)
        {
            return InitiativeResult.Refused(refused.Code);
        }
    }
}
