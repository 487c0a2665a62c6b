import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  Link,
  Links,
  LiveReload,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useNavigation,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";

import { hydratedMark } from "~/lib/hydration";
import { declaredNamespaces, fallbackLanguage } from "~/lib/i18n";
import { href } from "~/lib/paths";
import { requestLanguage } from "~/services/i18n.server";
import { getSession, takeConfirmation } from "~/services/session.server";

import { ConfirmationBanner } from "./components/confirmation-banner";
import { GeneralErrorBoundary } from "./components/error-boundary";
import { I18nResources } from "./components/i18n-resources";
import { LanguageSwitcher } from "./components/language-switcher";
import { SiteHeader } from "./components/site-header";
import { useNonce } from "./lib/nonce";
import { listOrganizationsOf } from "./models/organization.server";
import stylesheet from "./styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: href("/favicon.svg"), type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Fulcrum" }];

// The banner after a form succeeds can show on any page, so every page carries its messages.
export const handle = { i18n: ["confirmations"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, setCookie } = await getSession(request);
  const organizations = user ? listOrganizationsOf(user.id).map(({ name, slug, kind }) => ({ name, slug, kind })) : [];
  const language = await requestLanguage(request);
  const { confirmation, clear } = takeConfirmation(request);
  const headers = new Headers();
  if (setCookie) headers.append("Set-Cookie", setCookie);
  if (clear) headers.append("Set-Cookie", clear);
  const account = user ? { name: user.name, email: user.email } : null;
  return data({ user: account, organizations, confirmation, language }, { headers });
}

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const rootData = useRootData();
  // Tells assistive tech (and browser tests) whether a navigation is still under way.
  const navigation = useNavigation();
  const { t, i18n } = useTranslation();
  const language = rootData?.language ?? fallbackLanguage;
  return (
    <html lang={language} dir={i18n.dir(language)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body data-navigation={navigation.state} aria-busy={navigation.state !== "idle" || undefined}>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        <SiteHeader user={rootData?.user ?? null} organizations={rootData?.organizations ?? []} />
        <main id="main" tabIndex={-1}>
          <ConfirmationBanner confirmation={rootData?.confirmation ?? null} />
          {children}
        </main>
        <footer className="site-footer">
          <p>
            {t("footer.about")} <Link to={href("/about")}>{t("footer.aboutLink")}</Link>
          </p>
          <LanguageSwitcher current={language} />
        </footer>
        <I18nResources />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
        {/* Renders nothing outside development: there it reloads the page after each rebuild (npm run dev). */}
        <LiveReload nonce={nonce} />
      </body>
    </html>
  );
}

/**
 * After a client-side navigation, move focus to the main content, as a full page load would reset it, so
 * keyboard and screen-reader users start at the new page rather than on a link that is gone.
 */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [pathname]);
}

export default function App() {
  useFocusMainOnNavigation();
  // After the switcher or the account changes the language, the browser's i18next follows the server's choice.
  useChangeLanguage(useRootData()?.language ?? fallbackLanguage);
  // A page reached in the browser loads the namespaces its routes declare before it shows (the first page brought
  // its own), so a message only an action returns, such as a form's error, is never shown as its key.
  useTranslation(declaredNamespaces(useMatches().map((match) => match.handle)));
  useEffect(() => {
    performance.mark(hydratedMark);
  }, []);
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
