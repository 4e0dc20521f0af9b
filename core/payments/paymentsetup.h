#pragma once
// Payment set-up shared by `backroom serve`, `backroom payments reconcile`, the demo and tests: which
// gateways at which URLs, the method routes, the shop's PromptPay ID, and the gateways' secrets, which
// come from the credential store (service "backroom-payments", accounts "opn.secret_key",
// "opn.webhook_secret", "gbp.token", "gbp.secret_key") and never from the database or the command line.
// Blocking (reads a file and the credential store): call before the event loop or off the GUI thread.

#include "net/httpclient.h"
#include "payments/paymentrouter.h"

#include <functional>
#include <map>
#include <memory>

namespace backroom::payments {

struct PaymentsConfig {
    QUrl opnUrl;             // empty = opn not used
    QUrl gbpUrl;             // empty = gbp not used
    QUrl webhookBaseUrl;     // our public URL; gbp notifications go to <this>/webhooks/gbp (empty = none)
    QString promptPayId;     // the shop's PromptPay ID for the QR payload (empty = no payload)
    std::map<PaymentMethod, QStringList> routes;   // empty = PaymentRouter::defaultRoutes()
    int reconcileSeconds = 60;
    std::chrono::milliseconds timeout{10000};

    bool enabled() const { return !opnUrl.isEmpty() || !gbpUrl.isEmpty(); }
};

// Reads {"gateways": {"opn": {"base_url"}, "gbp": {"base_url"}}, "routes": {"promptpay": ["opn", "gbp"], ...},
// "webhook_base_url", "promptpay_id", "reconcile_seconds", "timeout_ms"}. BadInput names the bad field.
Result<PaymentsConfig> readPaymentsConfig(const QString &path);

// Where a gateway secret comes from: (gateway, name) -> secret.
using SecretSource = std::function<Result<QString>(const QString &gateway, const QString &name)>;
SecretSource credentialStoreSecrets();       // security::CredentialStore::shared(), service "backroom-payments"
SecretSource sandboxSecrets();               // the sandbox's published test keys (demo, tests)
QString secretsService();                    // "backroom-payments"

// Adds the configured gateways to the router. Errors: a secret that is missing (NotFound names the
// service and account to set).
Status addConfiguredGateways(PaymentRouter &router, const PaymentsConfig &config, net::HttpClient &http,
                             const SecretSource &secrets, const GatewayPolicy &policy = GatewayPolicy(),
                             const net::Clock &clock = net::Clock::system());

} // namespace backroom::payments
