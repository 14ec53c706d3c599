using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Operations;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Incubation;

/// <summary>
/// A public hub's launched initiatives, for anyone: only what the initiative shows publicly — title, summary, category,
/// languages and when it launched; never a person. Null when the hub is unknown or not public.
/// </summary>
public sealed class ListLaunchedInitiatives(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext)
{
    public sealed record Item(Guid Id, string Title, string Summary, InitiativeCategory Category, IReadOnlyList<string> Languages, DateTimeOffset? LaunchedAt);

    public sealed record Result(string Slug, string Name, IReadOnlyList<Item> Initiatives);

    public async Task<Result?> HandleAsync(CancellationToken ct = default)
    {
        if (hubContext.Hub is not { } hub)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var status = await db.Hubs.AsNoTracking().Where(h => h.Id == hub.Id).Select(h => (HubStatus?)h.Status).SingleOrDefaultAsync(ct);
        if (status is not { } s || !HubStatusTransitions.IsPublic(s))
        {
            return null;
        }

        var launched = await db.Initiatives.AsNoTracking().Where(VisitorView.Initiatives)
            .Select(i => new
            {
                i.Id, i.Title, i.Summary, i.Category, i.Languages,
                LaunchedAt = i.Transitions.Where(t => t.To == InitiativeStatus.Launched).Max(t => (DateTimeOffset?)t.At),
            })
            .OrderByDescending(i => i.LaunchedAt).ThenBy(i => i.Title)
            .ToListAsync(ct);
        return new Result(hub.Slug, hub.Name, launched.Select(i => new Item(i.Id, i.Title, i.Summary, i.Category, i.Languages, i.LaunchedAt)).ToList());
    }
}

/// <summary>The public showcase as JSON: <c>/api/v1/hubs/{slug}/initiatives?status=launched</c>.</summary>
public static class InitiativesApi
{
    public sealed record InitiativeDto(Guid Id, string Title, string Summary, string Category, IReadOnlyList<string> Languages, DateTimeOffset? LaunchedAt, string HubUrl);

    public static void MapInitiativesApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Initiatives");
        api.MapGet("/hubs/{slug}/initiatives", ListAsync)
            .WithName("ListLaunchedInitiatives")
            .WithSummary("A public hub's launched initiatives (public data only). Only status=launched is public.")
            .WithDescription("Answers 400 for any other status and 404 for a hub that does not exist or is not public.");
    }

    private static async Task<Results<Ok<List<InitiativeDto>>, ProblemHttpResult>> ListAsync(
        string slug, [FromQuery] string? status, ListLaunchedInitiatives handler, PublicAddress address, CancellationToken ct)
    {
        if (status is not null && !string.Equals(status, "launched", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unsupported status",
                detail: "Only launched initiatives are public: use status=launched or leave it out.");
        }

        var result = await handler.HandleAsync(ct);
        if (result is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Hub not found", detail: $"There is no public hub '{slug}'.");
        }

        var hubUrl = address.Link($"hubs/{result.Slug}/initiatives");
        return TypedResults.Ok(result.Initiatives
            .Select(i => new InitiativeDto(i.Id, i.Title, i.Summary, i.Category.ToString(), i.Languages, i.LaunchedAt, hubUrl)).ToList());
    }
}

/// <summary>Registers the incubation handlers.</summary>
public static class IncubationServiceCollectionExtensions
{
    public static IServiceCollection AddIncubation(this IServiceCollection services)
    {
        services.AddScoped<ListCurriculum>();
        services.AddScoped<ChangeCurriculum>();
        services.AddScoped<CreateCohort>();
        services.AddScoped<ListCohorts>();
        services.AddScoped<EnrolInitiative>();
        services.AddScoped<AssignMentor>();
        services.AddScoped<GetCohortBoard>();
        services.AddScoped<IncubationActors>();
        services.AddScoped<IncubationNotices>();
        services.AddScoped<MoveMilestone>();
        services.AddScoped<NoteMilestone>();
        services.AddScoped<GetInitiativeProgress>();
        services.AddScoped<ListMyMentoring>();
        services.AddScoped<ListLaunchedInitiatives>();
        return services;
    }
}
