import { chartFieldKeys } from "~/lib/labels";
import { allCells } from "~/lib/typology";

import { isTo, linkIn, readOutbox, waitForOutboxMail } from "./mail";
import { outboxOf } from "./server";

/** A minimal browser-like HTTP client: keeps cookies, does not follow redirects, posts forms like a browser. */
export class Client {
  private cookies = new Map<string, string>();
  /** The address this client signed up with, and whether it was confirmed from its emailed link. */
  private account: { email: string; confirmed: boolean } | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers({ ...this.defaultHeaders, ...(init.headers as Record<string, string> | undefined) });
    if (this.cookies.size) headers.set("Cookie", this.cookieHeader);
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = rest.join("=");
      if (value === "" || /max-age=0/i.test(cookie)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    return response;
  }

  get(path: string, headers?: Record<string, string>) {
    return this.request(path, { headers });
  }

  /** Posts a urlencoded form; an array value sends the field once per item, like a group of checkboxes. */
  post(path: string, fields: Record<string, string | string[]>, headers?: Record<string, string>) {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(key, item);
    return this.request(path, {
      method: "POST",
      body,
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: new URL(this.baseUrl).origin,
        ...headers,
      },
    });
  }

  /**
   * Chooses a language with the switcher, as a person does: its cookie, and a signed-in account's own choice.
   * Answers the switcher's response; anything but its redirect back is an error.
   */
  async chooseLanguage(language: string, returnTo = "/home") {
    const response = await this.post("/language", { language, returnTo });
    if (response.status !== 303) throw new Error(`choosing ${language} answered ${response.status}`);
    return response;
  }

  /** Signs up and keeps the session cookie. */
  async signUp(name: string, email: string, password = "correct horse battery") {
    const response = await this.post("/signup", { name, email, password, redirectTo: "/home" });
    if (response.status !== 302) throw new Error(`sign up failed with ${response.status}: ${await response.text()}`);
    this.account = { email: email.toLowerCase(), confirmed: false };
    return response;
  }

  /** Confirms the signed-up address from the link in its confirmation email (in the server's outbox). */
  async confirmEmail() {
    if (!this.account) throw new Error("confirmEmail needs a client that signed up");
    if (this.account.confirmed) return;
    const { email } = this.account;
    const mail = await waitForOutboxMail(
      outboxOf(this.baseUrl),
      (m) => isTo(email)(m) && Boolean(m.text?.includes("/verify-email/")),
    );
    const response = await this.post(new URL(linkIn(mail, "/verify-email/")).pathname, {});
    // 410: the link is spent because the address was confirmed another way (accepting an invitation to it).
    if (response.status !== 302 && response.status !== 410) {
      throw new Error(`confirming ${email} failed with ${response.status}`);
    }
    this.account.confirmed = true;
  }

  async logIn(email: string, password: string) {
    return this.post("/login", { email, password });
  }

  /** Creates an organization; it is in Ohio, on New York's clock, unless `place` says otherwise. */
  async createCoalition(
    slug: string,
    name = `Coalition ${slug}`,
    kind = "coalition",
    place: { state?: string; timeZone?: string } = {},
  ) {
    const { state = "OH", timeZone = "America/New_York" } = place;
    const response = await this.post("/orgs/new", { kind, name, slug, state, timeZone });
    if (response.status !== 302)
      throw new Error(`creating ${slug} failed with ${response.status}: ${await response.text()}`);
    return response;
  }

  /** Adds a district and returns its id, read from the redirect. */
  async createDistrict(slug: string, name: string, ncesId = ""): Promise<string> {
    const response = await this.post(`/o/${slug}/districts/new`, { name, state: "OH", ncesId });
    if (response.status !== 302)
      throw new Error(`adding district failed with ${response.status}: ${await response.text()}`);
    return response.headers.get("location")!.split("/").pop()!;
  }

  async createSchool(slug: string, districtId: string, name: string, level = "elementary"): Promise<string> {
    const response = await this.post(`/o/${slug}/districts/${districtId}/schools/new`, { name, level, ncesId: "" });
    if (response.status !== 302)
      throw new Error(`adding school failed with ${response.status}: ${await response.text()}`);
    return response.headers.get("location")!.split("/").pop()!;
  }

  /**
   * Declares a district's system type (district-wide unless a context is given), every override left as the
   * type says.
   */
  async declare(slug: string, districtId: string, systemType: string, extra: Record<string, string> = {}) {
    const fields: Record<string, string> = { context: "", contextKind: "", systemType, note: "" };
    for (const { key } of allCells) {
      fields[`override_${key.replace(".", "__")}`] = "type";
      fields[`overrideNote_${key.replace(".", "__")}`] = "";
    }
    // A named context with no kind given is declared as "other", as contexts from before kinds were.
    if (extra.context && extra.contextKind === undefined) fields.contextKind = "other";
    return this.post(`/o/${slug}/districts/${districtId}/declare`, { ...fields, ...extra });
  }

  /** Maps a target in a district and returns its id. */
  async createTarget(
    slug: string,
    districtId: string,
    name: string,
    locus: "central-office" | "school",
    domains: string[],
    schoolId = "",
  ): Promise<string> {
    const response = await this.post(`/o/${slug}/districts/${districtId}/targets/new`, {
      name,
      title: "",
      locus,
      schoolId,
      domains,
      email: "",
      phone: "",
      notes: "",
    });
    if (response.status !== 302) throw new Error(`adding target failed with ${response.status}`);
    return response.headers.get("location")!.split("/").pop()!;
  }

  /**
   * Starts an active campaign in a district, with no dates, lead or chart unless `fields` gives them; returns its
   * id and its page, read from the redirect.
   */
  async createCampaign(
    slug: string,
    districtId: string,
    title: string,
    win: string,
    fields: Record<string, string> = {},
  ): Promise<{ id: string; path: string }> {
    const response = await this.post(`/o/${slug}/campaigns/new`, campaignForm({ districtId, title, win, ...fields }));
    const path = response.headers.get("location");
    if (response.status !== 302 || !path) {
      throw new Error(`starting a campaign failed with ${response.status}: ${await response.text()}`);
    }
    return { id: path.split("?")[0]!.split("/").pop()!, path };
  }

  /** Logs an ask of a target in a campaign (the fields as `askForm` fills them); returns its id. */
  async createAsk(
    slug: string,
    campaignId: string,
    targetId: string,
    text: string,
    fields: Record<string, string> = {},
  ): Promise<string> {
    const response = await this.post(`/o/${slug}/campaigns/${campaignId}/asks/new`, askForm(targetId, text, fields));
    const path = response.headers.get("location");
    if (response.status !== 302 || !path) throw new Error(`logging an ask failed with ${response.status}`);
    return path.split("?")[0]!.split("/").pop()!;
  }

  /**
   * Writes a draft of guidance as an agency's staff: titled "T" with the body "Body", for every coalition in the
   * state, unless `fields` says otherwise. Returns its id.
   */
  async writeGuidance(agency: string, fields: Record<string, string | string[]> = {}): Promise<string> {
    const response = await this.post(`/o/${agency}/guidance/new`, {
      title: "T",
      summary: "",
      body: "Body",
      audienceTypes: [],
      ...fields,
    });
    const path = response.headers.get("location");
    if (response.status !== 302 || !path) {
      throw new Error(`writing guidance failed with ${response.status}: ${await response.text()}`);
    }
    return path.split("/").pop()!;
  }

  /** Writes guidance (as `writeGuidance`) and publishes it, as a verified agency's staff do; returns its id. */
  async publishGuidance(agency: string, fields: Record<string, string | string[]> = {}, changeNote = "") {
    const id = await this.writeGuidance(agency, fields);
    const response = await this.post(`/o/${agency}/guidance/${id}`, { intent: "publish", changeNote });
    if (response.status !== 302) throw new Error(`publishing guidance failed with ${response.status}`);
    return id;
  }

  /**
   * Sends an invitation and returns its link, read from the email the invitee gets. Only a confirmed address may
   * invite, so a client that signed up confirms its address first.
   */
  async invite(slug: string, email: string, role: string): Promise<string> {
    if (this.account) await this.confirmEmail();
    const outbox = outboxOf(this.baseUrl);
    const earlier = new Set((await readOutbox(outbox)).map((mail) => mail.messageId));
    const response = await this.post(`/o/${slug}/invite`, { email, role });
    if (response.status !== 302) throw new Error(`invitation failed with ${response.status}`);
    const mail = await waitForOutboxMail(
      outbox,
      (m) => !earlier.has(m.messageId) && isTo(email)(m) && Boolean(m.text?.includes("/invitations/")),
    );
    return linkIn(mail, "/invitations/");
  }
}

/**
 * The campaign form (new or edit) as a browser posts it: an active campaign with no title, win, dates, lead or
 * chart, but for the fields given.
 */
export function campaignForm(fields: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: "",
    win: "",
    status: "active",
    startsOn: "",
    endsOn: "",
    leadUserId: "",
    ...Object.fromEntries(chartFieldKeys.map(([name]) => [name, ""])),
    ...fields,
  };
}

/** The ask form as a browser posts it: an ask of a target at a meeting about "use", but for the fields given. */
export function askForm(targetId: string, text: string, fields: Record<string, string> = {}): Record<string, string> {
  return { targetId, text, domain: "use", venue: "meeting", followUpOn: "", meetingId: "", ...fields };
}

/** A page's HTML as people read it (see `shown`), with React's text separators taken out. */
export async function html(response: Response): Promise<string> {
  return shown((await response.text()).replaceAll("<!-- -->", ""));
}

/**
 * A page as people read it: without the message catalogs it carries for the browser (the i18n-resources script).
 * Those hold every message of the page's namespaces, so "the page does not say X" is asked of this.
 */
export function shown(page: string): string {
  return page.replace(/<script id="i18n-resources"[^>]*>.*?<\/script>/s, "");
}

/**
 * The page without its scripts: what a person sees. Each page carries its message catalogs (and its loader
 * data) as JSON in scripts, so a check that some text is *not* shown must look at this.
 */
export const withoutScripts = (page: string) => page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");

/** The text of every field error on a page, keyed by field id. */
export function fieldErrors(html: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const match of html.matchAll(
    /<p class="field__error" id="([^"]+)-error">(?:<span[^>]*>[^<]*<\/span>)?([^<]*)<\/p>/g,
  )) {
    errors[match[1]!] = decode(match[2]!);
  }
  return errors;
}

export function decode(text: string): string {
  return text
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The value a form field was re-rendered with. */
export function fieldValue(html: string, id: string): string | null {
  const tag = new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)?.[0];
  if (!tag) return null;
  const value = /value="([^"]*)"/.exec(tag);
  return value ? decode(value[1]!) : "";
}

/** The value of the checked radio button of a group, as the page was rendered. */
export function checkedRadio(html: string, name: string): string | null {
  for (const [tag] of html.matchAll(/<input[^>]*type="radio"[^>]*>/g)) {
    if (tag.includes(`name="${name}"`) && /\schecked=""/.test(tag)) return /value="([^"]*)"/.exec(tag)?.[1] ?? null;
  }
  return null;
}

/** The value of the selected option of a select, as the page was rendered (null when none is marked). */
export function selectedOption(html: string, id: string): string | null {
  const select = new RegExp(`<select[^>]*id="${id}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1];
  if (select === undefined) return null;
  const option =
    /<option[^>]*value="([^"]*)"[^>]*selected=""/.exec(select) ??
    /<option[^>]*selected=""[^>]*value="([^"]*)"/.exec(select);
  return option ? decode(option[1]!) : null;
}
