'use client';
// A component whose code loads the first time it is needed (a menu opened, a
// form shown), so pages do not carry it in their first load. Unlike React.lazy,
// once loaded it renders synchronously, and `preload` lets a hover or a test
// fetch it early.
import { createElement, useEffect, useState, type ComponentType } from 'react';

export interface LazyComponent<T> {
  /** Renders the loaded component (nothing before it has loaded). */
  Component: T;
  /** Starts loading (once); resolves when loaded. */
  preload: () => Promise<void>;
  /** Whether it has loaded; loads it when `wanted` and re-renders when it arrives. */
  useReady: (wanted: boolean) => boolean;
}

export function lazyComponent<T extends ComponentType<never>>(
  load: () => Promise<T>,
): LazyComponent<T> {
  let loaded: T | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
    }));

  function Component(props: object) {
    return loaded ? createElement(loaded as ComponentType<object>, props) : null;
  }

  function useReady(wanted: boolean): boolean {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (!wanted || loaded !== null) return;
      let live = true;
      void preload().then(() => live && setReady(true));
      return () => {
        live = false;
      };
    }, [wanted]);
    return loaded !== null;
  }

  // The wrapper forwards every prop, so it has the loaded component's props.
  return { Component: Component as unknown as T, preload, useReady };
}
