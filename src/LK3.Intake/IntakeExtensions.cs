using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Counsellors;
using LK3.Intake.Information;
using LK3.Intake.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace LK3.Intake;

public static class IntakeExtensions
{
    /// <summary>The conversation engine every channel talks to, and the counsellors' side of a case.</summary>
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationOptions>()
            .BindConfiguration(ConversationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<OfficeOptions>().BindConfiguration(OfficeOptions.SectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OfficeFacts>();
        builder.Services.AddSingleton<InformationCatalogCache>();
        builder.Services.AddSingleton<OutboxWatch>();
        builder.Services.AddScoped<OutboxWriter>();
        builder.Services.AddSingleton<ConversationMachines>();
        builder.Services.AddSingleton<ReadingAhead>();
        builder.Services.AddScoped<ConversationEngine>();
        builder.Services.AddScoped<CounsellorDesk>();
        builder.Services.AddScoped<CounsellorLinking>();
        builder.Services.AddScoped<CaseAssignment>();
        builder.Services.AddScoped<CaseRelay>();
        builder.Services.AddScoped<ClientErasure>();
        return builder;
    }
}
