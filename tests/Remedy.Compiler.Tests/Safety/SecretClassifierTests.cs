using Remedy.Compiler.Safety;

namespace Remedy.Compiler.Tests.Safety;

public sealed class SecretClassifierTests
{
    [Theory]
    [InlineData("https://admin:hunter2@lb.example.com/api", "a password in a URL")]
    [InlineData("password=hunter22", "a password assignment")]
    [InlineData("api_key: 9f8e7d6c5b4a", "an api_key assignment")]
    [InlineData("AKIAIOSFODNN7EXAMPLE", "an AWS access key")]
    [InlineData("-----BEGIN OPENSSH PRIVATE KEY-----", "a private key")]
    [InlineData("ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "a GitHub or Slack token")]
    [InlineData("xoxb-123456789012-abcdefghijkl", "a GitHub or Slack token")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9abc", "a Bearer token")]
    [InlineData("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "a high-entropy key")]
    [InlineData("aws_secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "a high-entropy key")]
    [InlineData("Xk3Jq9aBzR7mW2pL5vN8cT4yH6gD1fQs", "a high-entropy key")]
    [InlineData("https://hooks.example.com/services/Xk3Jq9aBzR7mW2pL5vN8cT4yH6gD1fQs", "a high-entropy key")]
    [InlineData("/srv/keys/Xk3Jq9aBzR7mW2pL5vN8cT4yH6gD1fQs", "a high-entropy key")]
    [InlineData("postgres://app:s3cretPw@db.example.com/payments", "a password in a URL")]
    [InlineData("https://hooks.slack.com/services/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", "a Slack webhook URL")]
    [InlineData("Host=db;Username=app;Password=s3cretPw", "a password assignment")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl", "a JSON web token")]
    public void Secrets_are_recognised(string text, string kind) => Assert.Equal(kind, SecretLiteralRule.Classify(text));

    [Theory]
    [InlineData("password reset needed for alice")]
    [InlineData("max(container_memory_working_set_bytes{namespace='payments'})")]
    [InlineData("registry.example.com/app@sha256:3b1f2c9a8e7d6c5b4a3928171605f4e3d2c1b0a9988776655443322110ffeedd")]
    [InlineData("rolled back to 4f9c2e1d8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d")]
    [InlineData("123e4567-e89b-12d3-a456-426614174000")]
    [InlineData("https://runbooks.example.com/checkout/memory-leak-playbook-2024")]
    [InlineData("tokens are configured in the runtime")]
    [InlineData("/tmp/tmpXk3Jq9aB/logs/checkout-api")]
    [InlineData("/tmp/remedy-serve-Xk3Jq9aB7z/playbooks/logs/checkout")]
    [InlineData("/tmp/tmpQ7rT2mZp/tmp4Hx9KwLb/tmpN3vB8cYd/logs")]
    [InlineData("tar -czf /tmp/tmpXk3Jq9aB/logs/checkout-api.tar.gz /var/log/checkout")]
    [InlineData("--log-dir=/tmp/tmpXk3Jq9aB/logs/checkout-api")]
    [InlineData("./tmpXk3Jq9aB/var/Lib9Remedy/logs/checkout")]
    [InlineData("https://lb.example.com/api/v2/pools/Web3Pool9/members/checkout-api")]
    public void Ordinary_text_is_not_a_secret(string text) => Assert.Null(SecretLiteralRule.Classify(text));
}
