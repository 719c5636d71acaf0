import { describe, expect, it, vi } from "vitest";
import type { BrandView } from "../bindings";
import type { Backend } from "../backend/backend";
import { ShellState } from "./shell.svelte";

const brand = (id: number, name: string, isActive = false): BrandView => ({ id, name, currency: "USD", isDefault: false, isActive });

/** A deferred answer the test resolves or rejects when it chooses. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

async function shellWith(selectBrand: (id: number) => Promise<BrandView>) {
  const select = vi.fn(selectBrand);
  const backend = {
    workspaceInfo: vi.fn(async () => ({ kind: "demo", label: "Demo", advertisingUrl: "", spendsMoney: false, provider: "symphony", providerLabel: "Symphony", keyHint: "", profileId: null, notice: null })),
    listBrands: vi.fn(async () => [brand(1, "A", true), brand(2, "B"), brand(3, "C")]),
    selectBrand: select,
    listCampaigns: vi.fn(async () => ({ rows: [], total: 0, page: 1, pageSize: 25, totalPages: 0, filters: { statuses: [], objectives: [] }, fetchedAt: null, offline: null })),
  } as unknown as Backend;
  const shell = new ShellState(backend);
  await shell.load();
  return { shell, select };
}

describe("ShellState.load", () => {
  it("asks for the workspace, the artists and the first campaigns page at once, and hands the page over once", async () => {
    const ws = deferred<unknown>();
    const brands = deferred<BrandView[]>();
    const first = deferred<unknown>();
    const backend = {
      workspaceInfo: vi.fn(() => ws.promise),
      listBrands: vi.fn(() => brands.promise),
      listCampaigns: vi.fn(() => first.promise),
    } as unknown as Backend;
    const shell = new ShellState(backend);
    const loading = shell.load();
    // All three are on their way before any has answered.
    expect(backend.workspaceInfo).toHaveBeenCalledTimes(1);
    expect(backend.listBrands).toHaveBeenCalledTimes(1);
    expect(backend.listCampaigns).toHaveBeenCalledTimes(1);
    ws.resolve({ kind: "demo", label: "Demo", notice: null });
    brands.resolve([brand(1, "A", true)]);
    await loading;
    expect(shell.takeFirstPage()).not.toBeNull();
    expect(shell.takeFirstPage()).toBeNull();
    await shell.load();
    expect(backend.listCampaigns).toHaveBeenCalledTimes(1);
  });
});

describe("ShellState.selectBrand", () => {
  it("keeps the picker and the views on the brand in use when a switch fails", async () => {
    const { shell } = await shellWith(async () => {
      throw { code: "network", message: "offline" };
    });
    await shell.selectBrand(2);
    expect(shell.activeBrand?.id).toBe(1);
    expect(shell.pickedBrandId).toBe(1);
    expect(shell.brandVersion).toBe(0);
    expect(shell.switchError?.brandId).toBe(2);
    expect(shell.switchError?.brandName).toBe("B");
    expect(shell.switchError?.error.message).toBe("offline");
  });

  it("shows the brand being switched to while the request is out", async () => {
    const answer = deferred<BrandView>();
    const { shell } = await shellWith(() => answer.promise);
    const done = shell.selectBrand(2);
    expect(shell.pickedBrandId).toBe(2);
    expect(shell.activeBrand?.id).toBe(1);
    answer.resolve(brand(2, "B", true));
    await done;
    expect(shell.activeBrand?.id).toBe(2);
    expect(shell.pendingBrandId).toBeNull();
    expect(shell.brandVersion).toBe(1);
  });

  it("sends the latest choice only after the earlier answer, and ends on it", async () => {
    const answers = new Map<number, ReturnType<typeof deferred<BrandView>>>();
    const { shell, select } = await shellWith((id) => {
      const d = deferred<BrandView>();
      answers.set(id, d);
      return d.promise;
    });
    const first = shell.selectBrand(2);
    const second = shell.selectBrand(3);
    expect(select.mock.calls.map((c) => c[0])).toEqual([2]);
    expect(shell.pickedBrandId).toBe(3);
    answers.get(2)?.resolve(brand(2, "B", true));
    await vi.waitFor(() => expect(select).toHaveBeenCalledTimes(2));
    expect(select.mock.calls.map((c) => c[0])).toEqual([2, 3]);
    expect(shell.activeBrand?.id).toBe(1);
    answers.get(3)?.resolve(brand(3, "C", true));
    await Promise.all([first, second]);
    expect(shell.activeBrand?.id).toBe(3);
    expect(shell.brandVersion).toBe(1);
  });

  it("goes back to the first brand when the user changes their mind, and core follows", async () => {
    const answers: ReturnType<typeof deferred<BrandView>>[] = [];
    const { shell, select } = await shellWith(() => {
      const d = deferred<BrandView>();
      answers.push(d);
      return d.promise;
    });
    const done = [shell.selectBrand(2), shell.selectBrand(1)];
    answers[0]?.resolve(brand(2, "B", true));
    await vi.waitFor(() => expect(select).toHaveBeenCalledTimes(2));
    answers[1]?.resolve(brand(1, "A", true));
    await Promise.all(done);
    expect(select.mock.calls.map((c) => c[0])).toEqual([2, 1]);
    expect(shell.activeBrand?.id).toBe(1);
    expect(shell.brandVersion).toBe(0);
  });

  it("shows what core acts for when the latest choice fails after an earlier one landed", async () => {
    const answers: ReturnType<typeof deferred<BrandView>>[] = [];
    const { shell } = await shellWith(() => {
      const d = deferred<BrandView>();
      answers.push(d);
      return d.promise;
    });
    const done = [shell.selectBrand(2), shell.selectBrand(3)];
    answers[0]?.resolve(brand(2, "B", true));
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]?.reject({ code: "not_found", message: "gone" });
    await Promise.all(done);
    expect(shell.activeBrand?.id).toBe(2);
    expect(shell.pickedBrandId).toBe(2);
    expect(shell.switchError?.brandId).toBe(3);
    expect(shell.brandVersion).toBe(1);
  });
});
