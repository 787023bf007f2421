import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { Block, NoticeDocument, Span } from '@shared/notices/document';
import './notice-body.scss';

/** Runs of plain text become one text block each; a quoted passage is set apart between them. */
function Spans({ spans, indent }: { spans: readonly Span[]; indent: boolean }) {
  return (
    <>
      {spans.map((span, index) =>
        span.quote ? (
          <View key={index} className="notice-body__quote">
            <Text userSelect>{span.text}</Text>
          </View>
        ) : (
          <Text
            key={index}
            userSelect
            className={
              indent && index === 0 ? 'notice-body__text notice-body__text--indent' : 'notice-body__text'
            }
          >
            {span.text}
          </Text>
        ),
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'paragraph') {
    return (
      <View className="notice-body__paragraph">
        <Spans spans={block.spans} indent />
      </View>
    );
  }
  return (
    <View className="notice-body__paragraph notice-body__point">
      <Text userSelect className="notice-body__text notice-body__text--indent notice-body__lead">
        {block.lead}
      </Text>
      <Spans spans={block.rest} indent={false} />
    </View>
  );
}

export interface NoticeBodyProps {
  document: NoticeDocument;
  /** Shown under the title: issuer, date, deadline. */
  meta?: string[];
  /**
   * Between the preamble and the first section, e.g. the table of contents: the first screen is the notice's
   * own opening, and the bar's 目录 button opens the contents from anywhere.
   */
  contents?: ReactNode;
  /** Only the opening (title to preamble): the reader paints it first and sets the rest right after. */
  openingOnly?: boolean;
}

/**
 * The notice as a document: title, addressees, preamble, numbered sections with their points, closing and
 * sign-off. Everything is text nodes; nothing stored is ever rendered as markup. Sizes are in em of the
 * reader's type size, so the size control and WeChat's font setting scale all of it.
 */
export function NoticeBody({ document, meta = [], contents, openingOnly = false }: NoticeBodyProps) {
  return (
    <View className="notice-body">
      <View id="notice-preamble" className="notice-body__part">
        <Text userSelect className="notice-body__title">
          {document.title}
        </Text>
        {meta.length ? (
          <View className="notice-body__meta">
            {meta.map((line) => (
              <Text key={line} className="notice-body__meta-item">
                {line}
              </Text>
            ))}
          </View>
        ) : null}
        <Text userSelect className="notice-body__addressees">
          {document.addressees}：
        </Text>
        {document.preamble.map((block, index) => (
          <BlockView key={index} block={block} />
        ))}
      </View>
      {openingOnly ? null : (
        <>
          {contents}
          <NoticeRest document={document} />
        </>
      )}
    </View>
  );
}

/** Everything after the opening: the numbered sections, the closing and the sign-off. */
function NoticeRest({ document }: { document: NoticeDocument }) {
  return (
    <>
      {document.sections.map((section) => (
        <View key={section.id} id={section.id} className="notice-body__part notice-body__section">
          <Text userSelect className="notice-body__heading">
            {section.numeral}
            {section.heading}
          </Text>
          {section.blocks.map((block, index) => (
            <BlockView key={index} block={block} />
          ))}
        </View>
      ))}
      {document.closing ? (
        <View id="notice-closing" className="notice-body__part">
          <BlockView block={document.closing} />
        </View>
      ) : null}
      {document.signOff.length ? (
        <View className="notice-body__sign-off">
          {document.signOff.map((line, index) => (
            <Text key={index} className="notice-body__sign-off-line">
              {line}
            </Text>
          ))}
        </View>
      ) : null}
    </>
  );
}
