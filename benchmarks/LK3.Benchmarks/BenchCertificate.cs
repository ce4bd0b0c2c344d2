using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LK3.Benchmarks;

/// <summary>
/// The certificate a production bot is given to encrypt its Data Protection keys: self-signed, as PEM files (certificate
/// and private key) in a temporary folder, deleted afterwards.
/// </summary>
internal sealed class BenchCertificate : IDisposable
{
    private readonly DirectoryInfo _folder;

    private BenchCertificate(DirectoryInfo folder) => _folder = folder;

    public string CertificatePath => Path.Combine(_folder.FullName, "lk3-dp.crt");
    public string KeyPath => Path.Combine(_folder.FullName, "lk3-dp.key");

    public static BenchCertificate Create()
    {
        var created = new BenchCertificate(Directory.CreateTempSubdirectory("lk3-bench-dp-"));
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=LK3 Data Protection (benchmark)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllText(created.CertificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(created.KeyPath, rsa.ExportPkcs8PrivateKeyPem());
        return created;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
