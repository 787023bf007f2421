import type { ReactNode } from 'react';
import { Button } from '@tarojs/components';

export interface ActionButtonProps {
  kind?: 'primary' | 'ghost' | 'danger';
  small?: boolean;
  /** Working: the button shows a spinner and ignores taps; pass the words for it as children. */
  busy?: boolean;
  className?: string;
  onClick: () => void;
  children: ReactNode;
}

/**
 * The app's button. It draws its own spinner in CSS: Taro's `loading` adds an element inside the H5 button
 * that React's text child then sits behind, and the next update fails with an insertBefore error.
 */
export function ActionButton({
  kind = 'primary',
  small,
  busy,
  className,
  onClick,
  children,
}: ActionButtonProps) {
  const classes = [
    'btn',
    `btn--${kind}`,
    small ? 'btn--small' : '',
    busy ? 'btn--busy' : '',
    className ?? '',
  ];
  return (
    <Button
      className={classes.filter(Boolean).join(' ')}
      hoverClass="btn--hover"
      onClick={() => {
        if (!busy) onClick();
      }}
    >
      {children}
    </Button>
  );
}
