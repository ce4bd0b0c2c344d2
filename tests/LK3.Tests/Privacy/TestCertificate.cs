using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LK3.Tests.Privacy;

/// <summary>A self-signed RSA certificate with its private key in a password-protected .pfx file.</summary>
public sealed class TestCertificate : IDisposable
{
    public const string Password = "uji-sertifikat";

    private TestCertificate(string pfxPath) => PfxPath = pfxPath;

    public string PfxPath { get; }

    public static TestCertificate Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=LK3 Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"lk3-dp-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return new TestCertificate(path);
    }

    public void Dispose() => File.Delete(PfxPath);
}
