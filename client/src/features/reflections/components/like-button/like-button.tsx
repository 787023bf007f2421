import { useState } from 'react';
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { errorMessage } from '@/lib/cloud-error';
import { likeReflection } from '../../api/reflection';
import './like-button.scss';

export interface LikeButtonProps {
  reflectionId: string;
  likes: number;
  likedByMe: boolean;
  onLiked?: (likes: number) => void;
}

/** One like per person: once liked it stays lit, and a second tap sends nothing. */
export function LikeButton({ reflectionId, likes, likedByMe, onLiked }: LikeButtonProps) {
  const [state, setState] = useState({ likes, liked: likedByMe, busy: false });
  const tap = async () => {
    if (state.liked || state.busy) return;
    setState((previous) => ({ ...previous, busy: true }));
    try {
      const outcome = await likeReflection(reflectionId);
      setState({ likes: outcome.likes, liked: true, busy: false });
      onLiked?.(outcome.likes);
    } catch (failure) {
      setState((previous) => ({ ...previous, busy: false }));
      void Taro.showToast({ title: errorMessage(failure), icon: 'none' });
    }
  };
  return (
    <Text
      className={`like-button${state.liked ? ' like-button--liked' : ''}`}
      onClick={(event) => {
        event.stopPropagation();
        void tap();
      }}
    >
      {state.liked ? '♥ 已赞' : '♡ 点赞'} {state.likes}
    </Text>
  );
}
