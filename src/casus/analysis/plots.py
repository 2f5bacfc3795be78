"""Plots people would rather see than read (matplotlib, Agg backend)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["plot_simulation"]


def plot_simulation(sim, path, name=str) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .export import atomic_path

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
    sizes = sim.war_size
    ax1.bar(list(sizes), list(sizes.values()), color="#4c72b0")
    ax1.set_xlabel("states at war")
    ax1.set_ylabel("share of draws")
    ax1.set_title(f"War size, {name(sim.attacker)} attacks {name(sim.target)} ({sim.date})")
    jp = sorted(sim.join_probability.items(), key=lambda kv: -sum(kv[1].values()))[:12]
    labels = [name(c) for c, _ in jp][::-1]
    ax2.barh(labels, [v["D"] for _, v in jp][::-1], color="#55a868", label="defender's side")
    ax2.barh(labels, [v["A"] for _, v in jp][::-1], left=[v["D"] for _, v in jp][::-1], color="#c44e52",
             label="attacker's side")
    ax2.set_xlim(0, 1)
    ax2.set_xlabel("probability of joining")
    ax2.legend(fontsize=8)
    ax2.set_title(f"{sim.draws:,} draws, seed {sim.seed}")
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", dpi=120)
    plt.close(fig)
    return Path(path)
