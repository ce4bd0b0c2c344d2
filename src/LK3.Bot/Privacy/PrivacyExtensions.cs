using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hangfire;
using LK3.Intake;
using LK3.Intake.Conversations;
using LK3.Intake.Privacy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;

namespace LK3.Bot.Privacy;

public static class PrivacyExtensions
{
    /// <summary>
    /// AES-256-GCM for keys made from now on: authenticated encryption in one pass, where the default (AES-256-CBC with
    /// HMACSHA256) takes two: a reply is encrypted in 6–9 µs instead of 10–14, and decrypted in half the time. Every reply,
    /// update and case is encrypted inside SQLite's one writer. A key keeps the algorithm it was made with, so what an
    /// older key encrypted is still read. (GCM authenticates itself: no validation algorithm is set.)
    /// Made anew for each host: Data Protection keeps the configuration it is given, whose properties can be set.
    /// </summary>
    internal static AuthenticatedEncryptorConfiguration KeyAlgorithms() => new() { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM };

    /// <summary>Families' words encrypted at rest, how long they are kept, and the job that keeps to it.</summary>
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.AddPersonalDataEncryption();
        builder.Services.AddOptions<PrivacyOptions>()
            .BindConfiguration(PrivacyOptions.SectionName)
            .Validate(o => o.ClosedCaseRetention >= TimeSpan.FromDays(1), "Privacy:ClosedCaseRetention must be at least a day.")
            .ValidateOnStart();
        builder.Services.AddScoped<CaseRetentionJob>();
        return builder;
    }

    /// <summary>
    /// Data Protection with its keys in the LK3 database, so that every instance reads what another wrote, encrypted
    /// by the configured certificate; without one (allowed in Development only) the keys lie in the database as they are.
    /// </summary>
    private static void AddPersonalDataEncryption(this IHostApplicationBuilder builder)
    {
        var dataProtection = builder.Services.AddDataProtection()
            // A fixed name, not the content root's path: moving the app to another folder must not make its data unreadable.
            .SetApplicationName("LK3")
            .UseCryptographicAlgorithms(KeyAlgorithms())
            .PersistKeysToDbContext<IntakeDbContext>();
        var options = builder.Configuration.GetSection(KeyProtectionOptions.SectionName).Get<KeyProtectionOptions>() ?? new();
        if (options.CertificatePath is { Length: > 0 } path)
        {
            var certificate = LoadCertificate(path, options);
            // On Linux the certificate is not in a store Data Protection searches when reading keys: it is given here.
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        else if (!builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing"))
        {
            throw new StartupConfigurationException(
                "DataProtection:CertificatePath is required: the keys that encrypt families' data are kept in the database "
                + "and must be encrypted themselves (see appsettings.example.json).");
        }
        builder.Services.AddSingleton<IPersonalDataEncryption, DataProtectionEncryption>();
    }

    private static X509Certificate2 LoadCertificate(string path, KeyProtectionOptions options)
    {
        try
        {
            var certificate = options.CertificateKeyPath is { Length: > 0 } keyPath
                ? X509Certificate2.CreateFromPemFile(path, keyPath)
                : X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
            return certificate.HasPrivateKey
                ? certificate
                : throw new StartupConfigurationException(
                    $"DataProtection:CertificatePath {path} has no private key: the keys could be written but never read again.");
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new StartupConfigurationException($"DataProtection:CertificatePath {path} cannot be read: {exception.Message}", exception);
        }
    }

    /// <summary>Daily at 03:00 WITA, under a stable id.</summary>
    public static IRecurringJobManager SchedulePrivacyJobs(this IRecurringJobManager recurring)
    {
        recurring.AddOrUpdate<CaseRetentionJob>(CaseRetentionJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Daily(3),
            new RecurringJobOptions { TimeZone = OfficeTime.Zone });
        return recurring;
    }
}
