import type { Schema, Struct } from '@strapi/strapi';

export interface BlocksBookTip extends Struct.ComponentSchema {
  collectionName: 'components_blocks_book_tip';
  info: {
    description: 'Eine oder mehrere Buchempfehlungen.';
    displayName: 'Buchtipps';
    icon: 'book';
  };
  attributes: {
    bookTips: Schema.Attribute.Relation<'oneToMany', 'api::book-tip.book-tip'>;
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface BlocksQuote extends Struct.ComponentSchema {
  collectionName: 'components_blocks_quote';
  info: {
    description: 'Hervorgehobenes Zitat mit Quelle.';
    displayName: 'Zitat';
    icon: 'quote';
  };
  attributes: {
    source: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

export interface BlocksRichText extends Struct.ComponentSchema {
  collectionName: 'components_blocks_rich_text';
  info: {
    description: 'Flie\u00DFtext mit \u00DCberschriften, Listen und Links.';
    displayName: 'Text';
    icon: 'bulletList';
  };
  attributes: {
    body: Schema.Attribute.Blocks & Schema.Attribute.Required;
  };
}

export interface BlocksStudyStat extends Struct.ComponentSchema {
  collectionName: 'components_blocks_study_stat';
  info: {
    description: 'Zeigt Kennzahlen aus einer Studie mit Quellenangabe.';
    displayName: 'Statistik aus Studie';
    icon: 'chartPie';
  };
  attributes: {
    display: Schema.Attribute.Enumeration<['list', 'highlight', 'cards']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'list'>;
    heading: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    statistics: Schema.Attribute.Relation<
      'oneToMany',
      'api::statistic.statistic'
    >;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'blocks.book-tip': BlocksBookTip;
      'blocks.quote': BlocksQuote;
      'blocks.rich-text': BlocksRichText;
      'blocks.study-stat': BlocksStudyStat;
    }
  }
}
